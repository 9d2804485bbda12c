//! The averaged perceptron shared by the tagger, the parser and the entity recognizer.
//!
//! Features are 64-bit hashes (see [`FeatureHasher`]), so no feature strings are stored.
//! Training keeps, per feature, a short sparse list of (class, weight, running total,
//! last-update time) so that averaging costs nothing per example (Daumé's trick). After
//! training the averaged weights are pruned (small ones dropped) and quantised to `i16`
//! with one scale per model: [`Weights`] is what is saved and used for prediction.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, deterministic hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Spread the bits: stored keys are 32-bit, so their top bits are zero.
        self.0 = n.wrapping_mul(0x9E3779B97F4A7C15);
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Builds feature hashes from a template number and any number of string/number parts.
#[derive(Clone, Copy)]
pub struct FeatureHasher(u64);

impl FeatureHasher {
    pub fn new(template: u32) -> Self {
        FeatureHasher(0xcbf29ce484222325 ^ (template as u64).wrapping_mul(0x9E3779B97F4A7C15))
    }
    pub fn str(mut self, s: &str) -> Self {
        for &b in s.as_bytes() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
        // Separator, so ("ab","c") and ("a","bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100000001b3);
        self
    }
    pub fn num(mut self, n: u64) -> Self {
        self.0 = (self.0 ^ n).wrapping_mul(0x100000001b3);
        self.0 ^= self.0 >> 29;
        self
    }
    pub fn finish(self) -> u64 {
        // Final avalanche (splitmix64) so the low bits are usable as a hash-table key.
        let mut z = self.0.wrapping_add(0x9E3779B97F4A7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
}

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: f32,
    total: f32,
    stamp: u32,
}

/// Quantisation levels either side of zero: 12 bits keep accuracy (checked on EWT dev)
/// while most weights fit a one- or two-byte varint.
const QUANT: f32 = 2047.0;

/// Dense rows summed in 16-bit lanes before widening: 16 × 2,047 = 32,752 fits an `i16`.
const DENSE_BATCH: usize = (i16::MAX as usize) / (QUANT as usize);

/// Weights under training.
pub struct Trainer {
    pub n_classes: usize,
    features: IdMap<Vec<Entry>>,
    time: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer { n_classes, features: IdMap::default(), time: 0 }
    }

    /// Current (not averaged) scores of every class.
    pub fn scores(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some(entries) = self.features.get(f) {
                for e in entries {
                    out[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Counts one training example (call once per prediction, whether or not it updates).
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Moves weight from the predicted class to the gold one on every feature.
    pub fn update(&mut self, feats: &[u64], gold: usize, guess: usize) {
        if gold == guess {
            return;
        }
        self.add(feats, gold, 1.0);
        self.add(feats, guess, -1.0);
    }

    /// Adds `delta` to `class` on every feature: one half of a structured (sequence-level)
    /// update, whose gold and predicted steps have different features.
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let now = self.time;
        for f in feats {
            let entries = self.features.entry(*f).or_default();
            let e = match entries.iter_mut().position(|e| e.class as usize == class) {
                Some(i) => &mut entries[i],
                None => {
                    entries.push(Entry { class: class as u16, weight: 0.0, total: 0.0, stamp: now });
                    entries.last_mut().expect("just pushed")
                }
            };
            e.total += (now - e.stamp) as f32 * e.weight;
            e.stamp = now;
            e.weight += delta;
        }
    }

    /// Averages, prunes weights whose magnitude is below `prune` (in averaged units) and
    /// quantises the rest.
    pub fn finish(self, prune: f32) -> Weights {
        self.finish_within(prune, MAX_WEIGHTS)
    }

    /// [`Trainer::finish`] keeping fewer than `cap` weights: if more are left after pruning,
    /// the smallest go, as [`Weights::reprune`] would drop them.
    fn finish_within(self, prune: f32, cap: usize) -> Weights {
        let now = self.time.max(1) as f32;
        // Stored keys are the top 32 bits of the feature hash; the rare collisions are merged.
        let mut merged: IdMap<Vec<(u16, f32)>> = IdMap::default();
        for (f, entries) in self.features {
            let row = merged.entry(f >> 32).or_default();
            for e in entries {
                let total = e.total + (self.time - e.stamp) as f32 * e.weight;
                let avg = total / now;
                match row.iter_mut().find(|r| r.0 == e.class) {
                    Some(r) => r.1 += avg,
                    None => row.push((e.class, avg)),
                }
            }
        }
        let mut max = 0f32;
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(merged.len());
        for (f, mut row) in merged {
            row.retain(|r| r.1.abs() >= prune && r.1 != 0.0);
            for r in &row {
                max = max.max(r.1.abs());
            }
            if !row.is_empty() {
                row.sort_by_key(|r| r.0);
                rows.push((f, row));
            }
        }
        rows.sort_by_key(|r| r.0);
        let scale = if max > 0.0 { max / QUANT } else { 1.0 };
        let mut keys = Vec::with_capacity(rows.len());
        let mut offsets = Vec::with_capacity(rows.len() + 1);
        let mut classes = Vec::new();
        let mut values = Vec::new();
        offsets.push(0u32);
        for (f, row) in rows {
            keys.push(f);
            for (c, w) in row {
                let q = (w / scale).round().clamp(-QUANT, QUANT) as i16;
                if q != 0 {
                    classes.push(c);
                    values.push(q);
                }
            }
            offsets.push(classes.len() as u32);
        }
        if values.len() >= cap {
            // Too many weights for the slot layout: drop the smallest, as `reprune` would,
            // at the lowest magnitude that makes the rest fit.
            let mut at_least = vec![0usize; QUANT as usize + 2];
            for v in &values {
                at_least[v.unsigned_abs() as usize] += 1;
            }
            for m in (0..at_least.len() - 1).rev() {
                at_least[m] += at_least[m + 1];
            }
            let min_abs = (1..at_least.len()).find(|&m| at_least[m] < cap).expect("QUANT + 1 keeps none") as i16;
            return Weights::drop_below((keys, offsets, classes, values), min_abs, self.n_classes, scale);
        }
        Weights::from_parts(self.n_classes, scale, keys, offsets, classes, values)
    }
}

/// The slot layout of [`Weights`] indexes stored weights with 23 bits.
const MAX_WEIGHTS: usize = 1 << 23;

/// Averaged, pruned, quantised weights: what a model file holds.
pub struct Weights {
    pub n_classes: usize,
    pub scale: f32,
    keys: Vec<u64>,
    offsets: Vec<u32>,
    /// (class, quantised weight) of every stored weight, row after row: one cache line
    /// per feature at prediction time.
    packed: Vec<(u16, i16)>,
    /// The long rows again, each spread over all classes (`stride` values, zeros included),
    /// so that summing one is a vector add instead of a scatter of (class, value) pairs.
    /// Few rows are long (about 2,000 of the parser's 3.5 million), but they belong to the
    /// features seen at almost every step (tag features), and in the parser they made over
    /// 85% of the pairs summed.
    dense: Vec<i16>,
    stride: usize,
    /// Key -> row, by open addressing: each slot is `key << 32 | start << 9 | dense << 8 |
    /// len` (or [`EMPTY`]); `start` indexes `packed`, or for a dense row `dense` in strides.
    /// A row of one weight (two thirds of the parser's) is kept in its slot instead, as
    /// `key << 32 | value << 16 | class << 8 | 1`, which saves a cache miss.
    /// Scoring is bound by memory latency (one random access per feature into a table of
    /// millions), so a slot is 8 bytes, a lookup touches one cache line, and
    /// [`Weights::scores`] prefetches every slot and row before reading them.
    slots: Vec<u64>,
}

const EMPTY: u64 = u64::MAX;
const DENSE_FLAG: u64 = 1 << 8;

/// A row is stored dense when it holds at least this many weights and at least a quarter
/// of the classes, so a dense copy costs at most twice the bytes of its sparse form.
const DENSE_MIN_LEN: usize = 16;

/// One stored row, as [`Weights::row`] finds it.
#[derive(Clone, Copy)]
enum Row<'a> {
    Single(u16, i16),
    Sparse(&'a [(u16, i16)]),
    Dense(&'a [i16]),
}

impl Row<'_> {
    fn prefetch(&self) {
        match self {
            Row::Single(..) => {}
            Row::Sparse(r) => prefetch(r.as_ptr()),
            Row::Dense(r) => prefetch(r.as_ptr()),
        }
    }
}

/// The slot where the probe for `key` starts. Keys are already uniform hash bits (32 of
/// them), so the slot is the key scaled to the table: monotonic, which lets
/// [`Weights::from_parts`] fill the table from the sorted keys front to back instead of
/// with one cache miss per key (loading the parser took half a second that way).
fn home(key: u64, mask: usize) -> usize {
    (((key & 0xFFFF_FFFF) * (mask as u64 + 1)) >> 32) as usize
}

/// `len` copies of `fill` in memory that the kernel is asked to back with 2 MB pages (Linux
/// transparent huge pages, which this asks for even in their default "madvise" mode).
/// Scoring touches a random spot of tables of tens of megabytes at every feature, so with
/// 4 KB pages nearly every lookup also misses the TLB; huge pages made parsing about 10%
/// faster (measured on the bench text, same run). Elsewhere this is an ordinary vector.
fn huge_page_vec<T: Copy>(len: usize, fill: T) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(len);
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let bytes = len * std::mem::size_of::<T>();
        let start = (v.as_ptr() as usize).next_multiple_of(PAGE);
        let end = (v.as_ptr() as usize + bytes) & !(PAGE - 1);
        if bytes >= 1 << 21 && end > start {
            // SAFETY: the range lies inside the vector's own allocation, page-aligned as
            // madvise requires; MADV_HUGEPAGE changes only how pages are backed, never their
            // contents, and its failure (an older kernel, THP off) is harmless, so ignored.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    v.resize(len, fill);
    v
}

#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint; it never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

impl Weights {
    fn from_parts(n_classes: usize, scale: f32, keys: Vec<u64>, offsets: Vec<u32>, classes: Vec<u16>, values: Vec<i16>) -> Self {
        // Rows start below 2^23 and hold at most 255 weights in every model we train; the
        // slot layout relies on it.
        assert!(values.len() < MAX_WEIGHTS && n_classes < 256, "model too large for the slot layout");
        let stride = n_classes.next_multiple_of(16);
        let dense_min = DENSE_MIN_LEN.max(n_classes.div_ceil(4));
        let mut dense = Vec::new();
        let size = (keys.len() * 3 / 2 + 1).next_power_of_two();
        let mask = size - 1;
        let mut slots = huge_page_vec(size, EMPTY);
        for (i, &k) in keys.iter().enumerate() {
            let (a, b) = (offsets[i] as usize, offsets[i + 1] as usize);
            let location = if b - a == 1 {
                (values[a] as u16 as u64) << 16 | (classes[a] as u64) << 8
            } else if b - a >= dense_min {
                let start = dense.len() / stride;
                dense.resize(dense.len() + stride, 0);
                for j in a..b {
                    dense[start * stride + classes[j] as usize] = values[j];
                }
                (start as u64) << 9 | DENSE_FLAG
            } else {
                (a as u64) << 9
            };
            let mut h = home(k, mask);
            while slots[h] != EMPTY {
                h = (h + 1) & mask;
            }
            slots[h] = (k << 32) | location | (b - a) as u64;
        }
        let mut packed = huge_page_vec(classes.len(), (0u16, 0i16));
        for (p, cv) in packed.iter_mut().zip(classes.into_iter().zip(values)) {
            *p = cv;
        }
        Weights { n_classes, scale, keys, offsets, packed, dense, stride, slots }
    }

    /// The row of stored weights of feature key `k` (the top 32 bits of a feature hash).
    fn row(&self, k: u64) -> Row<'_> {
        let mask = self.slots.len() - 1;
        let mut h = home(k, mask);
        loop {
            let slot = self.slots[h];
            if slot == EMPTY {
                return Row::Sparse(&[]);
            }
            if slot >> 32 == k {
                let len = (slot & 0xFF) as usize;
                if len == 1 {
                    return Row::Single(((slot >> 8) & 0xFF) as u16, (slot >> 16) as u16 as i16);
                }
                let start = ((slot >> 9) & 0x7F_FFFF) as usize;
                return if slot & DENSE_FLAG != 0 {
                    Row::Dense(&self.dense[start * self.stride..(start + 1) * self.stride])
                } else {
                    Row::Sparse(&self.packed[start..start + len])
                };
            }
            h = (h + 1) & mask;
        }
    }

    /// Scores of every class (quantised units; only their order matters).
    pub fn scores(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n_classes, 0.0);
        let mask = self.slots.len() - 1;
        // Ask for every slot first, so the cache misses overlap instead of queueing.
        for f in feats {
            prefetch(&self.slots[home(f >> 32, mask)]);
        }
        // Then every row, and only then read them. Integer sums: the weights are i16.
        let mut sums = [0i32; 256];
        let (mut dense_sums, mut dense_rows) = ([0i16; 256], 0);
        let n = self.n_classes;
        let flush = |sums: &mut [i32; 256], dense: &mut [i16; 256]| {
            for (s, d) in sums[..n].iter_mut().zip(dense[..n].iter_mut()) {
                *s = s.wrapping_add(*d as i32);
                *d = 0;
            }
        };
        let mut rows: [Row; 128] = [Row::Sparse(&[]); 128];
        for chunk in feats.chunks(rows.len()) {
            for (r, f) in rows.iter_mut().zip(chunk) {
                *r = self.row(f >> 32);
                r.prefetch();
            }
            for r in &rows[..chunk.len()] {
                match *r {
                    Row::Single(c, v) => {
                        let s = &mut sums[c as usize & 0xFF];
                        *s = s.wrapping_add(v as i32);
                    }
                    Row::Sparse(r) => {
                        for &(c, v) in r {
                            let s = &mut sums[c as usize & 0xFF];
                            *s = s.wrapping_add(v as i32);
                        }
                    }
                    Row::Dense(r) => {
                        // Summed in 16-bit lanes, twice as many per vector instruction as
                        // 32-bit ones: DENSE_BATCH rows of at most 2,047 each cannot overflow,
                        // and then the batch is widened into the 32-bit sums.
                        for (a, &v) in dense_sums[..r.len()].iter_mut().zip(r) {
                            *a = a.wrapping_add(v);
                        }
                        dense_rows += 1;
                        if dense_rows == DENSE_BATCH {
                            flush(&mut sums, &mut dense_sums);
                            dense_rows = 0;
                        }
                    }
                }
            }
        }
        if dense_rows > 0 {
            flush(&mut sums, &mut dense_sums);
        }
        for (o, s) in out.iter_mut().zip(sums) {
            *o = s as f32;
        }
    }

    /// Drops stored weights whose quantised magnitude is below `min_abs` (and features left
    /// empty): shrinks a trained model without retraining.
    pub fn reprune(&mut self, min_abs: i16) {
        let packed = std::mem::take(&mut self.packed);
        let parts = (std::mem::take(&mut self.keys), std::mem::take(&mut self.offsets), packed.iter().map(|p| p.0).collect(), packed.iter().map(|p| p.1).collect());
        *self = Weights::drop_below(parts, min_abs, self.n_classes, self.scale);
    }

    /// Weights from rows (keys, row offsets, classes, values) without those whose magnitude
    /// is below `min_abs`, nor the features left empty.
    fn drop_below((keys, offsets, classes, values): (Vec<u64>, Vec<u32>, Vec<u16>, Vec<i16>), min_abs: i16, n_classes: usize, scale: f32) -> Self {
        let (mut kept_keys, mut kept_offsets, mut kept_classes, mut kept_values) = (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for (i, &key) in keys.iter().enumerate() {
            let before = kept_values.len();
            for k in offsets[i] as usize..offsets[i + 1] as usize {
                if values[k].unsigned_abs() >= min_abs as u16 {
                    kept_classes.push(classes[k]);
                    kept_values.push(values[k]);
                }
            }
            if kept_values.len() > before {
                kept_keys.push(key);
                kept_offsets.push(kept_values.len() as u32);
            }
        }
        Weights::from_parts(n_classes, scale, kept_keys, kept_offsets, kept_classes, kept_values)
    }

    /// Number of features kept and of stored weights.
    pub fn size(&self) -> (usize, usize) {
        (self.keys.len(), self.packed.len())
    }

    pub fn write(&self, w: &mut super::model::Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.keys.len() as u32);
        // Keys are sorted: store deltas as varints, which roughly halves their size.
        let mut prev = 0u64;
        for &k in &self.keys {
            w.varint(k - prev);
            prev = k;
        }
        for i in 0..self.keys.len() {
            w.varint((self.offsets[i + 1] - self.offsets[i]) as u64);
        }
        for &(c, _) in &self.packed {
            w.varint(c as u64);
        }
        for &(_, v) in &self.packed {
            w.varint(((v as i64) << 1 ^ ((v as i64) >> 63)) as u64);
        }
    }

    pub fn read(r: &mut super::model::Reader) -> Result<Self, super::NlpError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u64;
        for _ in 0..n {
            prev = prev.wrapping_add(r.varint()?);
            keys.push(prev);
        }
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0u32);
        let mut total = 0u32;
        for _ in 0..n {
            total += r.varint()? as u32;
            offsets.push(total);
        }
        let mut classes = Vec::with_capacity(total as usize);
        for _ in 0..total {
            let c = r.varint()? as u16;
            if c as usize >= n_classes {
                return Err(r.corrupt("class index out of range"));
            }
            classes.push(c);
        }
        let mut values = Vec::with_capacity(total as usize);
        for _ in 0..total {
            let z = r.varint()? as i64;
            let v = (z >> 1) ^ -(z & 1);
            // Scoring sums batches of weights in 16 bits, which relies on this bound.
            if v.unsigned_abs() > QUANT as u64 {
                return Err(r.corrupt("weight out of range"));
            }
            values.push(v as i16);
        }
        Ok(Weights::from_parts(n_classes, scale, keys, offsets, classes, values))
    }
}

/// Index of the highest score among the allowed classes (ties: lowest index).
pub fn argmax(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|b| b.0)
}

/// A small deterministic random generator (xorshift64*) for shuffling training data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_row_is_found_through_probe_chains() {
        // 20,000 keys in a table of 32,768 slots: long probe chains are certain.
        let mut rng = Rng::new(7);
        let (mut keys, mut offsets, mut classes, mut values) = (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        let mut seen = std::collections::HashSet::new();
        while keys.len() < 20_000 {
            let k = rng.next_u64() >> 32;
            if !seen.insert(k) {
                continue;
            }
            keys.push(k);
            for c in 0..(1 + rng.below(4)) {
                classes.push((c * 3) as u16);
                values.push((rng.below(2000) as i16) - 1000);
            }
            offsets.push(values.len() as u32);
        }
        let w = Weights::from_parts(12, 1.0, keys.clone(), offsets.clone(), classes.clone(), values.clone());
        let mut out = Vec::new();
        for (i, &k) in keys.iter().enumerate() {
            w.scores(&[k << 32], &mut out);
            let mut want = vec![0.0f32; 12];
            for j in offsets[i] as usize..offsets[i + 1] as usize {
                want[classes[j] as usize] += values[j] as f32;
            }
            assert_eq!(out, want, "row of key {k}");
        }
        let absent = (0..).map(|x: u64| x * 7919).find(|k| !seen.contains(k)).unwrap();
        w.scores(&[absent << 32], &mut out);
        assert!(out.iter().all(|&v| v == 0.0));
        // Two features sum their rows.
        w.scores(&[keys[0] << 32, keys[1] << 32], &mut out);
        let mut want = vec![0.0f32; 12];
        for i in 0..2 {
            for j in offsets[i] as usize..offsets[i + 1] as usize {
                want[classes[j] as usize] += values[j] as f32;
            }
        }
        assert_eq!(out, want);
    }

    #[test]
    fn many_extreme_dense_rows_sum_without_overflow() {
        // 100 dense rows of the largest weights, +2,047 on even classes and -2,047 on odd
        // ones, in one call: more than a 16-bit batch holds.
        let keys: Vec<u64> = (0..100u64).map(|k| k * 40_000_003 % (1 << 32)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        let (mut offsets, mut classes, mut values) = (vec![0u32], Vec::new(), Vec::new());
        for _ in &sorted {
            for c in 0..20u16 {
                classes.push(c);
                values.push(if c % 2 == 0 { 2047 } else { -2047 });
            }
            offsets.push(values.len() as u32);
        }
        let w = Weights::from_parts(20, 1.0, sorted, offsets, classes, values);
        let mut out = Vec::new();
        let feats: Vec<u64> = keys.iter().map(|k| k << 32).collect();
        w.scores(&feats, &mut out);
        let want: Vec<f32> = (0..20).map(|c| if c % 2 == 0 { 204_700.0 } else { -204_700.0 }).collect();
        assert_eq!(out, want);
    }

    #[test]
    fn a_model_file_with_a_weight_beyond_the_quantisation_is_refused() {
        let w = Weights::from_parts(2, 1.0, vec![5], vec![0, 1], vec![1], vec![3000]);
        let mut out = super::super::model::Writer::new();
        w.write(&mut out);
        let bytes = out.into_bytes();
        let err = Weights::read(&mut super::super::model::Reader::open(&bytes, "test").expect("magic")).err().expect("refused").to_string();
        assert!(err.contains("weight out of range"), "{err}");
    }

    #[test]
    fn a_model_over_the_cap_keeps_its_largest_weights() {
        let mut t = Trainer::new(3);
        // Feature 1 gets a large weight, features 2 and 3 small ones.
        for _ in 0..10 {
            t.tick();
            t.update(&[1 << 32], 0, 1);
        }
        t.tick();
        t.update(&[2 << 32, 3 << 32], 2, 0);
        t.tick();
        let all = Trainer::finish_within(clone_trainer(&t), 0.0, 100);
        let capped = Trainer::finish_within(t, 0.0, 3);
        assert!(all.size().1 >= 4, "{:?}", all.size());
        assert!(capped.size().1 < 3, "{:?}", capped.size());
        let mut out = Vec::new();
        capped.scores(&[1 << 32], &mut out);
        assert!(out[0] > 0.0 && out[1] < 0.0, "the large weights stay: {out:?}");
    }

    fn clone_trainer(t: &Trainer) -> Trainer {
        Trainer { n_classes: t.n_classes, features: t.features.clone(), time: t.time }
    }

    #[test]
    fn single_sparse_and_dense_rows_score_alike() {
        // 40 classes: rows of one weight live in their slot, rows of 16 or more are dense.
        let mut rng = Rng::new(11);
        let (mut keys, mut offsets, mut classes, mut values) = (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for k in 0..3_000u64 {
            keys.push(k * 1_000_003 % (1 << 32));
            let len = [1, 2, 15, 16, 40][rng.below(5)];
            let mut cs: Vec<u16> = (0..40).collect();
            rng.shuffle(&mut cs);
            cs.truncate(len);
            cs.sort();
            for c in cs {
                classes.push(c);
                values.push(rng.below(4095) as i16 - 2047);
            }
            offsets.push(values.len() as u32);
        }
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by_key(|&i| keys[i]);
        let (mut k2, mut o2, mut c2, mut v2) = (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for &i in &order {
            k2.push(keys[i]);
            let (a, b) = (offsets[i] as usize, offsets[i + 1] as usize);
            c2.extend_from_slice(&classes[a..b]);
            v2.extend_from_slice(&values[a..b]);
            o2.push(v2.len() as u32);
        }
        let w = Weights::from_parts(40, 1.0, k2.clone(), o2.clone(), c2.clone(), v2.clone());
        assert!(!w.dense.is_empty(), "some rows are dense");
        let mut out = Vec::new();
        for start in (0..k2.len()).step_by(7) {
            let feats: Vec<u64> = (start..(start + 5).min(k2.len())).map(|i| k2[i] << 32).collect();
            w.scores(&feats, &mut out);
            let mut want = vec![0.0f32; 40];
            for i in start..(start + 5).min(k2.len()) {
                for j in o2[i] as usize..o2[i + 1] as usize {
                    want[c2[j] as usize] += v2[j] as f32;
                }
            }
            assert_eq!(out, want, "features from row {start}");
        }
    }

    #[test]
    fn learns_a_separable_problem_and_survives_a_round_trip() {
        let f = |s: &str| FeatureHasher::new(1).str(s).finish();
        let data = [(vec![f("a"), f("x")], 0), (vec![f("b"), f("x")], 1), (vec![f("c"), f("y")], 2)];
        let mut t = Trainer::new(3);
        let mut scores = Vec::new();
        for _ in 0..5 {
            for (feats, gold) in &data {
                t.scores(feats, &mut scores);
                let guess = argmax(&scores, |_| true).unwrap();
                t.update(feats, *gold, guess);
                t.tick();
            }
        }
        let w = t.finish(0.0);
        let mut buf = super::super::model::Writer::new();
        w.write(&mut buf);
        let bytes = buf.into_bytes();
        let w2 = Weights::read(&mut super::super::model::Reader::new(&bytes, "test")).unwrap();
        for (feats, gold) in &data {
            w2.scores(feats, &mut scores);
            assert_eq!(argmax(&scores, |_| true), Some(*gold));
        }
    }
}
