//! dialoguer's colourful look, in Chinese.
//!
//! `ColorfulTheme` answers a yes/no question with the English words `yes` / `no`
//! (`✔ 添加一项成绩？ · yes`). A writer reads a Chinese session: this theme shows 是 / 否 and
//! otherwise draws exactly what `ColorfulTheme` draws, so our own line prompt (which formats with
//! the same theme) and dialoguer's lists look alike.

use std::fmt;

use dialoguer::theme::{ColorfulTheme, Theme};

/// `ColorfulTheme` with Chinese yes/no.
#[derive(Default)]
pub struct ZhTheme(pub ColorfulTheme);

fn yes_no(b: bool) -> &'static str {
    if b { "是" } else { "否" }
}

impl Theme for ZhTheme {
    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        let t = &self.0;
        if !prompt.is_empty() {
            write!(f, "{} {} ", t.prompt_prefix, t.prompt_style.apply_to(prompt))?;
        }
        let hint = t.hint_style.apply_to("(y 是 / n 否)");
        match default {
            None => write!(f, "{} {}", hint, t.prompt_suffix),
            Some(b) => write!(f, "{} {} {}", hint, t.prompt_suffix, t.defaults_style.apply_to(yes_no(b))),
        }
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        let t = &self.0;
        if !prompt.is_empty() {
            write!(f, "{} {} ", t.success_prefix, t.prompt_style.apply_to(prompt))?;
        }
        match selection {
            Some(b) => write!(f, "{} {}", t.success_suffix, t.values_style.apply_to(yes_no(b))),
            None => write!(f, "{}", t.success_suffix),
        }
    }

    // Everything else is ColorfulTheme's own drawing.

    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_prompt(f, prompt)
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        self.0.format_error(f, err)
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        self.0.format_input_prompt(f, prompt, default)
    }

    fn format_input_prompt_selection(&self, f: &mut dyn fmt::Write, prompt: &str, sel: &str) -> fmt::Result {
        self.0.format_input_prompt_selection(f, prompt, sel)
    }

    fn format_password_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_password_prompt(f, prompt)
    }

    fn format_password_prompt_selection(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_password_prompt_selection(f, prompt)
    }

    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_select_prompt(f, prompt)
    }

    fn format_select_prompt_selection(&self, f: &mut dyn fmt::Write, prompt: &str, sel: &str) -> fmt::Result {
        self.0.format_select_prompt_selection(f, prompt, sel)
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_multi_select_prompt(f, prompt)
    }

    fn format_sort_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_sort_prompt(f, prompt)
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        // ColorfulTheme lists the picks joined by `, `: long Chinese sentences behind half-width
        // commas. The sentences are in the brief (and on screen as points); the count is enough.
        let t = &self.0;
        write!(f, "{} {} {} ", t.success_prefix, t.prompt_style.apply_to(prompt), t.success_suffix)?;
        let said = if selections.is_empty() {
            "未选".to_string()
        } else {
            format!("已选 {} 条", selections.len())
        };
        write!(f, "{}", t.values_style.apply_to(said))
    }

    fn format_sort_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.0.format_sort_prompt_selection(f, prompt, selections)
    }

    fn format_select_prompt_item(&self, f: &mut dyn fmt::Write, text: &str, active: bool) -> fmt::Result {
        self.0.format_select_prompt_item(f, text, active)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        self.0.format_multi_select_prompt_item(f, text, checked, active)
    }

    fn format_sort_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        picked: bool,
        active: bool,
    ) -> fmt::Result {
        self.0.format_sort_prompt_item(f, text, picked, active)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        console::strip_ansi_codes(&s).into_owned()
    }

    #[test]
    fn yes_and_no_are_chinese() {
        let t = ZhTheme::default();
        let mut s = String::new();
        t.format_confirm_prompt_selection(&mut s, "添加一项成绩？", Some(true)).unwrap();
        assert_eq!(plain(s), "✔ 添加一项成绩？ · 是");
        let mut s = String::new();
        t.format_confirm_prompt(&mut s, "再添加一项？", Some(false)).unwrap();
        assert_eq!(plain(s), "? 再添加一项？ (y 是 / n 否) › 否");
    }

    #[test]
    fn other_prompts_look_like_colorful_theme() {
        let (zh, en) = (ZhTheme::default(), ColorfulTheme::default());
        let (mut a, mut b) = (String::new(), String::new());
        zh.format_input_prompt(&mut a, "地区", Some("柳州市")).unwrap();
        en.format_input_prompt(&mut b, "地区", Some("柳州市")).unwrap();
        assert_eq!(a, b);
    }
}
