//! Shingles: the hashes of every run of `SHINGLE` characters of a sentence, which the no-repeat
//! rules compare (`plan::picker`). Two sentences sharing one say the same thing in the same words
//! (the seeds repeat 以习近平同志为核心的党中央高度重视对外开放工作 in several speeches), and a draft
//! must not say it twice. Shared with `build.rs` (as `phrase.rs` is), which stores the first
//! shingle of each embedded phrase (`head`) so that drafting can pass over a sentence already said
//! without reading its text.

/// Length of a shingle, in characters (whitespace is not counted).
pub const SHINGLE: usize = 12;

const BASE: u64 = 0x0100_0000_01b3;

/// The hash of every run of `SHINGLE` characters of `text`, in order.
pub fn shingles(text: &str) -> Vec<u64> {
    // A rolling polynomial hash (mod 2⁶⁴): one multiply-add per character, where hashing each
    // window afresh cost twelve; scanning a large phrasebank for a sentence not yet said is mostly
    // this.
    let top = BASE.wrapping_pow(SHINGLE as u32 - 1);
    let mut ring = [0u64; SHINGLE];
    let (mut h, mut n) = (0u64, 0usize);
    let mut out = Vec::with_capacity(text.len() / 3);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let c = u64::from(u32::from(c));
        let slot = n % SHINGLE;
        if n >= SHINGLE {
            h = h.wrapping_sub(ring[slot].wrapping_mul(top));
        }
        h = h.wrapping_mul(BASE).wrapping_add(c);
        ring[slot] = c;
        n += 1;
        if n >= SHINGLE {
            out.push(h);
        }
    }
    out
}

/// The first shingle a phrase's text will have in any draft, when that can be told from the text
/// as mined: the words before its first slot (a slot's value is the draft's) run to at least
/// `SHINGLE` characters that making it a sentence (`render::helpers::sentence`: trimmed, trailing
/// `，、；：,.;:` dropped, `。` added) cannot reach.
pub fn head(text: &str) -> Option<u64> {
    let t = text.trim();
    let before_slot = t.split("{{").next().unwrap_or(t);
    let kept = before_slot.trim_end_matches(['，', '、', ',', '.', ';', '；', '：', ':', '”', '」']);
    if kept.chars().filter(|c| !c.is_whitespace()).count() < SHINGLE {
        return None;
    }
    let mut h = 0u64;
    for c in t.chars().filter(|c| !c.is_whitespace()).take(SHINGLE) {
        h = h.wrapping_mul(BASE).wrapping_add(u64::from(u32::from(c)));
    }
    Some(h)
}
