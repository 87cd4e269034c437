//! Text in the PDF's font: each character's glyph and advance, and lines wrapped to a width.

use std::collections::HashMap;

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

/// Glyphs and advances of the font, per character.
pub(super) struct Measure<'a> {
    face: FontRef<'a>,
    metrics: GlyphMetrics<'a>,
    per_em: f32,
    seen: HashMap<char, (u32, f32)>,
}

impl<'a> Measure<'a> {
    pub(super) fn new(face: FontRef<'a>) -> Measure<'a> {
        let metrics = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        let per_em = f32::from(
            face.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Measure {
            face,
            metrics,
            per_em: per_em.max(1.0),
            seen: HashMap::new(),
        }
    }

    /// The glyph of `c` (the font's blank box when it has none) and its advance in ems.
    pub(super) fn glyph(&mut self, c: char) -> (u32, f32) {
        if let Some(g) = self.seen.get(&c) {
            return *g;
        }
        let id = self
            .face
            .charmap()
            .map(c)
            .unwrap_or(skrifa::GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.per_em;
        let g = (id.to_u32(), advance);
        self.seen.insert(c, g);
        g
    }

    pub(super) fn width(&mut self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// `text` broken into lines of at most `width`: at line breaks, between Chinese characters,
    /// and between Latin words or numbers (cut only when one alone is wider). Closing
    /// punctuation stays at the end of its line.
    pub(super) fn wrap(&mut self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut w = 0.0;
            for token in tokens(para) {
                let tw = self.width(token, size);
                let hangs = token.chars().all(closing);
                if w + tw <= width || line.is_empty() && tw <= width || hangs {
                    line.push_str(token);
                    w += tw;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line).trim_end().to_string());
                    w = 0.0;
                }
                let token = token.trim_start();
                for c in token.chars() {
                    let cw = self.glyph(c).1 * size;
                    if w + cw > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        w = 0.0;
                    }
                    line.push(c);
                    w += cw;
                }
            }
            lines.push(line.trim_end().to_string());
        }
        lines
    }
}

/// Latin words and numbers (with a following space) whole; every other character alone.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let latin = c.is_ascii_graphic();
        match start {
            Some(s) if !latin => {
                let end = if c == ' ' { i + 1 } else { i };
                out.push(&text[s..end]);
                start = None;
                if c == ' ' {
                    continue;
                }
            }
            _ => {}
        }
        if latin {
            start.get_or_insert(i);
        } else {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn closing(c: char) -> bool {
    "，。、；：？！）》」』】”’,.;:?!)%".contains(c)
}
