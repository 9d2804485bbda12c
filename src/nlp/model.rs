//! The model file format: a small hand-written little-endian binary layout (magic, kind,
//! version, then each model's own fields), so models need no serialisation crate and load
//! in milliseconds. Integers that are usually small are varints.

use super::NlpError;

/// Every model file starts with these bytes.
pub const MAGIC: &[u8; 8] = b"FGNLP\0\0\x01";

pub struct Writer {
    buf: Vec<u8>,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    pub fn new() -> Self {
        Writer { buf: MAGIC.to_vec() }
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.varint(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
}

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    name: String,
}

impl<'a> Reader<'a> {
    /// A reader positioned after the magic bytes (checked by [`Reader::open`]).
    pub fn new(buf: &'a [u8], name: &str) -> Self {
        Reader { buf, pos: MAGIC.len().min(buf.len()), name: name.to_string() }
    }
    pub fn open(buf: &'a [u8], name: &str) -> Result<Self, NlpError> {
        if buf.len() < MAGIC.len() || &buf[..MAGIC.len()] != MAGIC {
            return Err(NlpError::Model { model: name.to_string(), reason: "not a factgraph model file (bad magic)".into() });
        }
        Ok(Self::new(buf, name))
    }
    pub fn corrupt(&self, why: &str) -> NlpError {
        NlpError::Model { model: self.name.clone(), reason: format!("{why} at byte {}", self.pos) }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], NlpError> {
        if self.pos + n > self.buf.len() {
            return Err(self.corrupt("truncated"));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u32(&mut self) -> Result<u32, NlpError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    pub fn f32(&mut self) -> Result<f32, NlpError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    /// Most stored numbers are one or two bytes, and a model holds millions of them, so this
    /// reads the buffer directly rather than through [`Reader::take`].
    #[inline]
    pub fn varint(&mut self) -> Result<u64, NlpError> {
        let mut v = 0u64;
        let mut shift = 0;
        while let Some(&b) = self.buf.get(self.pos) {
            self.pos += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
            if shift >= 64 {
                return Err(self.corrupt("varint too long"));
            }
        }
        Err(self.corrupt("truncated"))
    }
    pub fn str(&mut self) -> Result<String, NlpError> {
        let n = self.varint()? as usize;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| self.corrupt("invalid UTF-8"))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, NlpError> {
        let n = self.varint()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn expect_str(&mut self, want: &str) -> Result<(), NlpError> {
        let got = self.str()?;
        if got != want {
            return Err(NlpError::Model { model: self.name.clone(), reason: format!("expected a {want} model, found {got:?}") });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_bad_ones_are_errors() {
        let mut w = Writer::new();
        for v in [0, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            w.varint(v);
        }
        let bytes = w.into_bytes();
        let mut r = Reader::open(&bytes, "test").expect("magic");
        for v in [0, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            assert_eq!(r.varint().expect("stored"), v);
        }
        let err = r.varint().expect_err("nothing left").to_string();
        assert!(err.contains("truncated"), "{err}");
        let mut too_long = MAGIC.to_vec();
        too_long.extend([0xff; 11]);
        let err = Reader::open(&too_long, "test").expect("magic").varint().expect_err("11 bytes").to_string();
        assert!(err.contains("too long"), "{err}");
    }
}
