//! `jianggao edit BRIEF`: the speech in front of the writer while they shape it.
//!
//! A `Session` is the brief being edited (its `choices:` included), its undo and redo history, and
//! the draft of it as last rendered (`pipeline::draft_for_edit`: every sentence's sources and
//! every stock-sentence site with its alternatives, best first). Every change — a figure typed, a
//! sentence cycled, pinned or dropped, a reseed — is a new brief, drafted again at once (a draft
//! takes milliseconds). The terminal view (`view`) only shows a session and turns keys into its
//! actions; everything here works without a terminal and is tested so.

pub mod fields;
pub mod view;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::{Brief, Choices};
use crate::pipeline::{self, DEFAULT_SEED, DraftOptions, Edited};
use crate::plan::SiteChoice;

/// One stock sentence on screen: the site it stands at and its place among the site's choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Stock {
    /// Index into `Edited::sites`.
    pub site: usize,
    /// The phrase id.
    pub id: String,
}

pub struct Session {
    /// The brief file.
    pub path: PathBuf,
    /// The file's text as last read or written, and the brief it says: a save rewrites only what
    /// changed since (`Brief::rewrite`).
    saved_text: String,
    /// Why the last save went to `FILE.edit.yaml` instead of the brief's own file.
    pub aside: Option<Aside>,
    saved: Brief,
    pub brief: Brief,
    undo: Vec<Brief>,
    redo: Vec<Brief>,
    options: DraftOptions,
    pub edited: Edited,
    /// Whether a `.bak` of the file as it was has been written in this session.
    backed_up: bool,
}

/// The seed a brief is drafted with in the view.
pub fn seed_of(brief: &Brief) -> u64 {
    brief.choices.as_ref().and_then(|c| c.seed).unwrap_or(DEFAULT_SEED)
}

/// Why a save went beside the brief (`FILE.edit.yaml`) and not into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    /// Its changed entries share values through YAML anchors: rewriting them would expand them.
    Aliases,
    /// The file changed on disk since it was opened or last saved.
    ChangedOnDisk,
}

impl Session {
    /// Opens `path`; `seed` (`--seed`) replaces the seed of the brief's choices.
    pub fn open(path: &Path, seed: Option<u64>, options: DraftOptions) -> Result<Session> {
        let text = crate::input::read_text(path)?.text;
        let saved = Brief::from_yaml(&text, &path.display().to_string())?;
        let mut brief = saved.clone();
        if let Some(seed) = seed.filter(|&s| s != seed_of(&brief)) {
            brief.choices.get_or_insert_with(Choices::default).seed = Some(seed);
        }
        let edited = draft(&brief, &options)?;
        Ok(Session {
            path: path.to_path_buf(),
            saved_text: text,
            aside: None,
            saved,
            brief,
            undo: Vec::new(),
            redo: Vec::new(),
            options,
            edited,
            backed_up: false,
        })
    }

    /// Whether the brief differs from the file.
    pub fn dirty(&self) -> bool {
        self.brief != self.saved
    }

    pub fn seed(&self) -> u64 {
        seed_of(&self.brief)
    }

    /// Makes `brief` the current one, drafting it; the previous one can be had back with `undo`.
    /// A brief that cannot be drafted is refused with the reason, and nothing changes.
    pub fn change(&mut self, mut brief: Brief) -> Result<()> {
        tidy(&mut brief);
        if brief == self.brief {
            return Ok(());
        }
        let edited = draft(&brief, &self.options)?;
        self.undo.push(std::mem::replace(&mut self.brief, brief));
        self.redo.clear();
        self.edited = edited;
        Ok(())
    }

    /// Back to the brief before the last change. `false` when there is none.
    pub fn undo(&mut self) -> Result<bool> {
        let Some(brief) = self.undo.pop() else { return Ok(false) };
        self.edited = draft(&brief, &self.options)?;
        self.redo.push(std::mem::replace(&mut self.brief, brief));
        Ok(true)
    }

    /// Gives up the last change altogether, leaving nothing to redo: an item added and then not
    /// written (`a`, then Esc) was never the writer's change.
    pub fn withdraw(&mut self) -> Result<bool> {
        let Some(brief) = self.undo.pop() else { return Ok(false) };
        self.edited = draft(&brief, &self.options)?;
        self.brief = brief;
        Ok(true)
    }

    pub fn redo(&mut self) -> Result<bool> {
        let Some(brief) = self.redo.pop() else { return Ok(false) };
        self.edited = draft(&brief, &self.options)?;
        self.undo.push(std::mem::replace(&mut self.brief, brief));
        Ok(true)
    }

    /// Every stock sentence of the draft, in the order it reads (a heading drawn while planning
    /// stands where its part does, not first).
    pub fn stock(&self) -> Vec<Stock> {
        let site_of = |id: &str| self.edited.sites.iter().position(|s| s.chosen.iter().any(|c| c == id));
        let mut out: Vec<Stock> = Vec::new();
        let sources = self.edited.explanation.iter().flatten().flat_map(|s| s.sources.iter());
        for p in sources {
            if let crate::model::Provenance::Phrase { id, .. } = p
                && let Some(site) = site_of(id)
                && !out.iter().any(|s| s.id == *id)
            {
                out.push(Stock { site, id: id.clone() });
            }
        }
        out
    }

    fn site(&self, stock: &Stock) -> &SiteChoice {
        &self.edited.sites[stock.site]
    }

    /// The brief with its choices, to change.
    fn choosing(&self) -> (Brief, Choices) {
        let brief = self.brief.clone();
        let choices = brief.choices.clone().unwrap_or_default();
        (brief, choices)
    }

    fn with_choices(mut brief: Brief, choices: Choices) -> Brief {
        brief.choices = Some(choices);
        brief
    }

    /// Replaces `stock` by the next of its site's alternatives (`step` 1) or the previous one
    /// (`step` -1) not already in the draft, and pins the site as it then reads. Returns the new
    /// phrase id, or `None` when the site has no other alternative.
    pub fn cycle(&mut self, stock: &Stock, step: isize) -> Result<Option<String>> {
        let site = self.site(stock).clone();
        let on_screen: Vec<String> =
            self.edited.sites.iter().flat_map(|s| s.chosen.iter().cloned()).collect();
        let n = site.candidates.len() as isize;
        if n == 0 {
            return Ok(None);
        }
        let from = site.candidates.iter().position(|(id, _)| *id == stock.id).map_or(-1, |p| p as isize);
        let start = if from < 0 && step < 0 { n } else { from };
        let next = (1..=n)
            .map(|k| (start + k * step).rem_euclid(n) as usize)
            .map(|i| &site.candidates[i].0)
            .find(|id| !on_screen.contains(id));
        let Some(next) = next.cloned() else { return Ok(None) };
        let (brief, mut choices) = self.choosing();
        let ids =
            site.chosen.iter().map(|id| if *id == stock.id { next.clone() } else { id.clone() }).collect();
        choices.pin.insert(site.key.clone(), ids);
        self.change(Self::with_choices(brief, choices))?;
        Ok(Some(next))
    }

    /// Pins `stock`'s site as it reads now, or releases it when it is pinned.
    pub fn toggle_pin(&mut self, stock: &Stock) -> Result<bool> {
        let site = self.site(stock).clone();
        let (brief, mut choices) = self.choosing();
        let pinned = if choices.pin.remove(&site.key).is_some() {
            false
        } else {
            choices.pin.insert(site.key.clone(), site.chosen.clone());
            true
        };
        self.change(Self::with_choices(brief, choices))?;
        Ok(pinned)
    }

    /// Never uses `stock`'s phrase again; its site draws another (unless pinned).
    pub fn drop(&mut self, stock: &Stock) -> Result<()> {
        let key = self.site(stock).key.clone();
        let (brief, mut choices) = self.choosing();
        if let Some(ids) = choices.pin.get_mut(&key) {
            ids.retain(|id| *id != stock.id);
        }
        if !choices.drop.contains(&stock.id) {
            choices.drop.push(stock.id.clone());
        }
        self.change(Self::with_choices(brief, choices))
    }

    /// Draws every site that is not pinned again, from the next seed.
    pub fn reseed(&mut self) -> Result<u64> {
        let (brief, mut choices) = self.choosing();
        let seed = self.seed().wrapping_add(1);
        choices.seed = Some(seed);
        self.change(Self::with_choices(brief, choices))?;
        Ok(seed)
    }

    /// Writes the brief to its file, atomically, changing only the entries that changed
    /// (`Brief::rewrite`); the file as it was opened is kept as `FILE.bak` the first time (an
    /// older `.bak` is never replaced). A file whose changed entries share values through YAML
    /// anchors is not rewritten (that would expand them): the brief goes to `FILE.edit.yaml`.
    /// Returns where it went.
    pub fn save(&mut self) -> Result<PathBuf> {
        let Some(plan) = self.plan(&self.brief) else { return Ok(self.path.clone()) };
        let (target, aside) = plan.write()?;
        if aside.is_some() {
            self.aside = aside;
        }
        if target == self.path {
            self.backed_up = true;
            self.saved_text = plan.text;
            self.saved = self.brief.clone();
        }
        Ok(target)
    }

    /// What saving `brief` writes, and where (`save`); `None` when nothing changed.
    pub fn plan(&self, brief: &Brief) -> Option<SavePlan> {
        if *brief == self.saved && self.path.exists() {
            return None;
        }
        let (target, text, aside) = match Brief::rewrite(&self.saved_text, &self.saved, brief) {
            Some(text) => (self.path.clone(), text, None),
            None if crate::yaml::has_anchor_or_alias(&self.saved_text) => {
                (self.path.with_extension("edit.yaml"), brief.to_yaml(), Some(Aside::Aliases))
            }
            None => (self.path.clone(), brief.to_yaml(), None),
        };
        Some(SavePlan {
            path: self.path.clone(),
            saved_text: self.saved_text.clone(),
            backed_up: self.backed_up,
            target,
            text,
            aside,
            brief: brief.clone(),
        })
    }

    /// Writes the draft as `format` beside the brief (`BRIEF.md`, `BRIEF.docx`); an existing file
    /// only when `force`.
    pub fn export(&self, format: crate::export::Format, force: bool) -> Result<PathBuf> {
        let ext = match format {
            crate::export::Format::Docx => "docx",
            crate::export::Format::Txt => "txt",
            crate::export::Format::Json => "json",
            crate::export::Format::Md => "md",
        };
        let out = self.path.with_extension(ext);
        let bytes = crate::export::to_bytes(&self.edited.draft, format, false)?;
        crate::input::write_atomic(&out, &bytes, force)?;
        Ok(out)
    }

    /// `check`'s findings on the draft as it stands, against the brief.
    pub fn findings(&self) -> Vec<crate::check::Finding> {
        let text = String::from_utf8(
            crate::export::to_bytes(&self.edited.draft, crate::export::Format::Md, false).unwrap_or_default(),
        )
        .unwrap_or_default();
        let options = crate::check::Options {
            markdown: true,
            brief: Some(self.brief.clone()),
            wording: None,
            phrasebank: self.options.phrasebank.clone(),
        };
        crate::check::check(&text, &options)
    }
}

/// A save worked out (`Session::plan`) and not yet done: what `Session::save` writes, and what
/// the view leaves to be written should its terminal go (`view::RESCUE`).
#[derive(Debug, Clone)]
pub struct SavePlan {
    path: PathBuf,
    saved_text: String,
    backed_up: bool,
    target: PathBuf,
    text: String,
    aside: Option<Aside>,
    /// The brief, written whole to `FILE.edit.yaml` when the file changed on disk (serialised
    /// only then: the view works a plan out at every key).
    brief: Brief,
}

impl SavePlan {
    /// Writes it, atomically; the file as it was opened is kept as `FILE.bak` the first time (an
    /// older `.bak` is never replaced). A file changed on disk since it was opened or last saved
    /// (another editor, a colleague's copy) is not written over (a helper's sweep: Ctrl-S said
    /// 已保存 and the other changes were gone): the edit goes beside it. Returns where it went, and
    /// why aside if it did.
    pub fn write(&self) -> Result<(PathBuf, Option<Aside>)> {
        let (mut target, mut text, mut aside) = (self.target.clone(), self.text.clone(), self.aside);
        if target == self.path
            && crate::input::read_text(&self.path).is_ok_and(|now| now.text != self.saved_text)
        {
            (target, text, aside) =
                (self.path.with_extension("edit.yaml"), self.brief.to_yaml(), Some(Aside::ChangedOnDisk));
        }
        if target == self.path && !self.backed_up {
            let bak = backup_path(&self.path);
            if !bak.exists() {
                crate::input::write_atomic(&bak, self.saved_text.as_bytes(), false)?;
            }
        }
        crate::input::write_atomic(&target, text.as_bytes(), true)?;
        Ok((target, aside))
    }
}

/// `FILE.yaml` → `FILE.yaml.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Choices that choose nothing are not written: a brief never edited stays as it was.
fn tidy(brief: &mut Brief) {
    if let Some(c) = &brief.choices
        && c.is_empty()
        && c.seed.is_none_or(|s| s == DEFAULT_SEED)
    {
        brief.choices = None;
    }
}

fn draft(brief: &Brief, options: &DraftOptions) -> Result<Edited> {
    let options = DraftOptions { seed: seed_of(brief), ..options.clone() };
    pipeline::draft_for_edit(brief, &options)
}

/// The message for a brief that cannot be edited without a terminal.
pub fn no_terminal() -> Error {
    Error::usage_with_hint(
        "`jianggao edit` 是全屏编辑界面，需要在终端中运行（标准输入或输出不是终端）",
        "不用界面、直接从提纲起草请用 `jianggao draft BRIEF.yaml`",
    )
}
