//! Helpers for tests that run the real binary.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

pub fn draftlint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_draftlint"));
    cmd.env_remove("NO_COLOR").env_remove("DICPATH");
    cmd
}

/// Runs draftlint with `args` in `dir`, feeding `stdin`.
pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = draftlint();
    cmd.current_dir(dir).args(args);
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("draftlint runs");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().expect("draftlint finishes")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}): {}", stdout(o)))
}

pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `cmd` to the end; returns its standard output and its peak
/// resident memory in KiB. Measured by GNU time (`/usr/bin/time -f %M`,
/// which `.ci/run` installs) when it is there: the kernel's count at the
/// process's end. Otherwise VmHWM is read from /proc while the process
/// runs, which can miss the last moments of a short run (a short file's
/// peak then reads a few MiB low).
pub fn output_and_peak_rss(cmd: Command) -> (Vec<u8>, u64) {
    let time = Path::new("/usr/bin/time");
    if time.exists() {
        output_and_peak_rss_by_time(time, &cmd)
    } else {
        output_and_peak_rss_by_sampling(cmd)
    }
}

fn output_and_peak_rss_by_time(time: &Path, cmd: &Command) -> (Vec<u8>, u64) {
    let report = tempfile::NamedTempFile::new().unwrap();
    let mut timed = Command::new(time);
    timed
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(report.path())
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => timed.env(key, value),
            None => timed.env_remove(key),
        };
    }
    let output = timed
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .expect("draftlint runs under /usr/bin/time");
    let written = std::fs::read_to_string(report.path()).unwrap();
    // The last line is the figure; a line before it tells a non-zero exit.
    let peak = written
        .lines()
        .last()
        .and_then(|line| line.trim().parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no peak memory in /usr/bin/time's report: {written:?}"));
    (output.stdout, peak)
}

fn output_and_peak_rss_by_sampling(mut cmd: Command) -> (Vec<u8>, u64) {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("draftlint runs");
    let status_path = format!("/proc/{}/status", child.id());
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).map(|_| out)
    });
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_path)
            && let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    (reader.join().unwrap().unwrap(), peak)
}
