//! The drafting pipeline as one call, for every caller that needs a draft (`draft`, `outline`, the
//! `new` wizard): brief → plan → render → `Draft`. Export is separate (`crate::export`).

use std::path::PathBuf;

use crate::assets;
use crate::error::Result;
use crate::model::{Brief, Draft};
use crate::phrasebank::index::Mapped;
use crate::phrasebank::{Phrasebank, Phrases};
use crate::plan::{Plan, SiteChoice};
use crate::render::Explanation;

/// The seed a draft uses unless told otherwise: `draft`, `outline` and `new` alike.
pub const DEFAULT_SEED: u64 = 1;

/// What a draft depends on besides the brief.
#[derive(Debug, Clone)]
pub struct DraftOptions {
    /// Chooses among stock phrases; the same seed gives the same bytes.
    pub seed: u64,
    /// A writer's template folder, overriding embedded templates by name.
    pub templates: Option<PathBuf>,
    /// A writer's phrasebank folder, extending the embedded phrasebank.
    pub phrasebank: Option<PathBuf>,
}

impl Default for DraftOptions {
    fn default() -> DraftOptions {
        DraftOptions { seed: DEFAULT_SEED, templates: None, phrasebank: None }
    }
}

/// A writer's phrasebank folder, as drafting reads it.
enum Folder {
    /// Through its index (`phrasebank::index`): a few pages of a mapped file, whatever its size.
    Indexed(Mapped),
    /// Parsed from its YAML, when it has no index or the YAML changed since it was written.
    Parsed(Phrasebank),
}

/// The writer's phrasebank folder, when `options` name one: through its index when that is still
/// the YAML's, else parsed from the YAML, which is the truth a writer edits — and the index
/// written again for the next draft (a folder that cannot be written is parsed every time).
fn loaded_phrasebank(options: &DraftOptions) -> Result<Option<Folder>> {
    let Some(dir) = options.phrasebank.as_deref() else { return Ok(None) };
    if let Some(mapped) = dir.is_dir().then(|| Mapped::open(dir)).flatten() {
        return Ok(Some(Folder::Indexed(mapped)));
    }
    let bank = load_phrasebank(dir)?;
    let _ = crate::phrasebank::index::write(dir, &bank.phrases);
    Ok(Some(Folder::Parsed(bank)))
}

/// The phrases to draft from: the loaded folder's, else the compiled embedded ones.
fn phrases(loaded: &Option<Folder>) -> Phrases<'_> {
    match loaded {
        Some(Folder::Indexed(m)) => Phrases::Mapped(m),
        Some(Folder::Parsed(b)) => Phrases::Loaded(&b.phrases),
        None => Phrases::embedded(),
    }
}

/// The embedded phrasebank overlaid by a writer's folder. A phrase written by hand, without the
/// content words mining stores (`Phrase::keywords`), gets them from the embedded phrasebank's
/// vocabulary, so that it can stand where it is relevant like any mined one.
fn load_phrasebank(dir: &std::path::Path) -> Result<Phrasebank> {
    let mut bank = Phrasebank::load(Some(dir))?;
    if bank.phrases.iter().any(|p| p.keywords.is_empty()) {
        let vocabulary = crate::plan::relevance::Vocabulary::of(&Phrases::embedded());
        for p in bank.phrases.iter_mut().filter(|p| p.keywords.is_empty()) {
            fill_keywords(p, &vocabulary);
        }
    }
    Ok(bank)
}

/// Gives a phrase without content words those of the embedded `vocabulary` its text contains.
/// A word the text holds only as an item of a list is not one of them unless it has no other
/// (`text::listed_item`), as mining has it.
pub fn fill_keywords(p: &mut crate::model::Phrase, vocabulary: &crate::plan::relevance::Vocabulary) {
    let words: Vec<String> = vocabulary.about(&p.text).words().map(str::to_string).collect();
    let own: Vec<String> = words.iter().filter(|w| !crate::text::only_listed(&p.text, w)).cloned().collect();
    p.keywords = if own.is_empty() { words } else { own };
}

/// A complete draft of `brief`.
pub fn draft(brief: &Brief, options: &DraftOptions) -> Result<Draft> {
    Ok(drafted(brief, options, false)?.0)
}

/// A complete draft of `brief`, with every sentence's sources (for `--explain`), the brief's
/// fields named in the keys it was written in (`提纲 成绩[0].标题` for a brief in Chinese keys).
pub fn draft_explained(brief: &Brief, options: &DraftOptions) -> Result<(Draft, Explanation)> {
    let (draft, mut explanation) = drafted(brief, options, true)?;
    if brief.keys.chinese {
        explanation.iter_mut().flatten().flat_map(|s| s.sources.iter_mut()).for_each(in_chinese_keys);
    }
    Ok((draft, explanation))
}

/// A source that is a field of the brief, named in Chinese keys (`成绩[0].标题`).
fn in_chinese_keys(source: &mut crate::model::Provenance) {
    if let crate::model::Provenance::Brief { field } = source {
        *field = crate::model::brief::chinese_path(field);
    }
}

fn drafted(brief: &Brief, options: &DraftOptions, explain: bool) -> Result<(Draft, Explanation)> {
    let (draft, explanation, _) = planned(brief, options, explain, false)?;
    Ok((draft, explanation))
}

/// A draft as `edit` shows it: every sentence's sources, and every stock-sentence site with what
/// it chose and its alternatives, best first.
pub struct Edited {
    pub draft: Draft,
    pub explanation: Explanation,
    pub sites: Vec<SiteChoice>,
}

/// `draft_explained`, with the sites of the draft (`Edited`): what `edit` shows and cycles through.
pub fn draft_for_edit(brief: &Brief, options: &DraftOptions) -> Result<Edited> {
    let (draft, explanation, sites) = planned(brief, options, true, true)?;
    Ok(Edited { draft, explanation, sites })
}

fn planned(
    brief: &Brief,
    options: &DraftOptions,
    explain: bool,
    sites: bool,
) -> Result<(Draft, Explanation, Vec<SiteChoice>)> {
    let templates = assets::overlay(assets::TEMPLATES, options.templates.as_deref())?;
    let loaded = loaded_phrasebank(options)?;
    let phrases = phrases(&loaded);
    let lists = crate::phrasebank::drafting_lists(options.phrasebank.as_deref())?;
    let plan = Plan::new(brief, phrases, lists, &templates, options.seed, sites)?;
    let (draft, explanation) = crate::render::render(&plan, &templates, explain)?;
    let sites = plan.picker.lock().expect("picker lock").site_choices();
    Ok((draft, explanation, sites))
}

/// Whether phrase `id` is in the phrasebank drafts are made from (`check --brief` asks about the
/// ids a brief's `choices:` names).
pub fn knows_phrase(options: &DraftOptions) -> Result<impl Fn(&str) -> bool> {
    let loaded = loaded_phrasebank(options)?;
    let phrases = phrases(&loaded);
    let ids: std::collections::HashSet<String> =
        (0..phrases.len()).map(|i| phrases.get(i).id.to_string()).collect();
    Ok(move |id: &str| ids.contains(id))
}

/// What to tell the writer about `draft` of `brief` (`plan::advice`): a short draft and what to
/// add, problems no measure answers. Printed on stderr by `draft`, `outline` and `new`.
pub fn advice(brief: &Brief, draft: &Draft, options: &DraftOptions) -> Result<Vec<String>> {
    let loaded = loaded_phrasebank(options)?;
    let phrases = phrases(&loaded);
    let vocabulary = crate::plan::relevance::Vocabulary::of(&phrases);
    let templates = assets::overlay(assets::TEMPLATES, options.templates.as_deref())?;
    let spec = crate::plan::spec::GenreSpec::load(brief.genre, &templates)?;
    let levels = crate::phrasebank::levels(options.phrasebank.as_deref())?;
    let topics = crate::phrasebank::topics(options.phrasebank.as_deref())?;
    let own = options.phrasebank.is_some();
    let mut out = crate::plan::advice::advice(brief, draft, &vocabulary, spec.measures_at_most, &levels, own);
    out.extend(crate::plan::advice::half_typed_topics(brief, &topics));
    Ok(out)
}

/// Prints `advice` on stderr, one message a line.
pub fn tell(brief: &Brief, draft: &Draft, options: &DraftOptions) -> Result<()> {
    for line in advice(brief, draft, options)? {
        eprintln!("提示：{line}");
    }
    Ok(())
}

/// The outline of `brief`: the heading tree with one short line per item.
pub fn outline(brief: &Brief, options: &DraftOptions) -> Result<Draft> {
    Ok(outline_of(brief, &draft(brief, options)?))
}

/// The outline of `draft`, a draft of `brief`, its sources' fields named in the keys the brief was
/// written in (`outline --explain`, as `draft --explain`).
pub fn outline_of(brief: &Brief, draft: &Draft) -> Draft {
    let mut outline = crate::render::outline::outline(draft);
    if brief.keys.chinese {
        let blocks = outline.sections.iter_mut().flat_map(|s| s.blocks.iter_mut());
        blocks.flat_map(|b| b.sources.iter_mut()).for_each(in_chinese_keys);
    }
    outline
}
