//! A fast, non-cryptographic hasher for the counting maps of this family
//! (the multiply-rotate scheme of rustc's `FxHasher`).
//!
//! The maps hold hundreds of thousands of small integer keys per large
//! document; SipHash, the standard library's default, spends most of the
//! phrase search hashing them. Keys come from the document being linted,
//! so the flooding attacks SipHash guards against are not a concern here:
//! a crafted document can only slow down its own check.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_maps_work() {
        let mut map: FastMap<&[u32], u32> = FastMap::default();
        let a = [1u32, 2, 3];
        let b = a.to_vec();
        *map.entry(&a[..]).or_default() += 1;
        *map.entry(&b[..]).or_default() += 1;
        *map.entry(&[3u32, 2, 1][..]).or_default() += 1;
        assert_eq!(map[&a[..]], 2);
        assert_eq!(map.len(), 2);
    }
}
