-- Drives `draftlint lsp` from Neovim, a real client: open a draft with
-- known defects, let the set-up recipe of docs/editors.md (loaded before
-- this file) start and attach the server, wait for the diagnostics Neovim
-- receives, then edit the buffer and check they follow; ask for hover and
-- code actions as a user would. Run by .ci/nvim-lsp-test.sh, which passes
-- DRAFT and RESULT in the environment. Exits non-zero on any failure.
--
-- Neovim converts LSP positions to byte columns itself, so checking byte
-- columns here checks our UTF-16 positions end to end: the draft has
-- multi-byte characters before each defect.

local draft = assert(os.getenv("DRAFT"), "DRAFT is not set")
local result_file = assert(os.getenv("RESULT"), "RESULT is not set")
local log = {}

local function say(line)
  table.insert(log, line)
end

local function check(condition, message)
  if not condition then
    error(message, 2)
  end
end

-- Diagnostics of the buffer, as "line:col-end_line:end_col code", sorted.
local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(out, string.format("%d:%d-%d:%d %s", d.lnum + 1, d.col, d.end_lnum + 1, d.end_col, code))
  end
  table.sort(out)
  return out
end

-- The 0-based byte column of the n-th occurrence of `needle` on a line.
local function byte_col(buf, lnum, needle, nth)
  local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, true)[1]
  local from = 1
  local s
  for _ = 1, nth do
    s = assert(line:find(needle, from, true), needle .. " not on line " .. lnum)
    from = s + 1
  end
  return s - 1
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  -- Opening the Markdown file ran the recipe's FileType handler.
  -- `get_active_clients` is 0.7 to 0.10; later versions call it `get_clients`.
  local clients = vim.lsp.get_clients or vim.lsp.get_active_clients
  check(vim.wait(5000, function() return #clients() > 0 end, 20),
    "the documented recipe started no language server")
  local client = clients()[1]
  say("client " .. client.name .. ", root " .. tostring(client.config.root_dir))
  check(client.name == "draftlint", "unexpected client " .. client.name)
  check(client.config.root_dir == vim.fn.fnamemodify(draft, ":p:h"),
    "the recipe did not find the draftlint.toml beside the draft")

  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) >= 2 end, 20),
    "no diagnostics within 10 s")
  local got = diagnostics(buf)
  for _, line in ipairs(got) do say("received " .. line) end

  local pleonasm = byte_col(buf, 3, "end result", 1)
  local doubled = byte_col(buf, 5, "to ", 2)
  local expected = {
    string.format("3:%d-3:%d style.pleonasm", pleonasm, pleonasm + #"end result"),
    string.format("5:%d-5:%d repetition.doubled-word", doubled, doubled + 2),
  }
  table.sort(expected)
  check(vim.deep_equal(got, expected),
    "expected\n  " .. table.concat(expected, "\n  ") .. "\ngot\n  " .. table.concat(got, "\n  "))

  -- Hover on the doubled word explains the rule.
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 4, character = 0 } }
  local line5 = vim.api.nvim_buf_get_lines(buf, 4, 5, true)[1]
  params.position.character = vim.str_utfindex(line5, doubled)
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 5000)
  local hover_text = ""
  for _, reply in pairs(hover or {}) do
    if reply.result then hover_text = reply.result.contents.value end
  end
  say("hover: " .. hover_text:gsub("\n.*", ""))
  check(hover_text:find("repetition.doubled-word", 1, true), "hover does not name the rule")

  -- A code action offers to delete the second copy.
  local action_params = {
    textDocument = params.textDocument,
    range = { start = params.position, ["end"] = params.position },
    context = { diagnostics = {} },
  }
  local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", action_params, 5000)
  local titles = {}
  for _, reply in pairs(actions or {}) do
    for _, action in ipairs(reply.result or {}) do table.insert(titles, action.title) end
  end
  say("code actions: " .. table.concat(titles, " | "))
  check(vim.tbl_contains(titles, "Delete `to`"), "no code action deletes the doubled word")

  -- Fix the doubled word in the buffer: the diagnostics follow the edit.
  vim.api.nvim_buf_set_text(buf, 4, doubled - 1, 4, doubled + 2, {})
  say("edited line 5: " .. vim.api.nvim_buf_get_lines(buf, 4, 5, true)[1])
  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) == 1 end, 20),
    "diagnostics did not follow the edit: " .. table.concat(diagnostics(buf), ", "))
  for _, line in ipairs(diagnostics(buf)) do say("after edit " .. line) end
  check(diagnostics(buf)[1]:find("style.pleonasm", 1, true), "the wrong diagnostic remained")
end

local ok, err = pcall(run)
if not ok then say("FAILED: " .. tostring(err)) else say("OK") end
vim.fn.writefile(vim.split(table.concat(log, "\n"), "\n"), result_file)
if ok then vim.cmd("qall!") else vim.cmd("cquit 1") end
