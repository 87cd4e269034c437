//! Print-ready A4 PDFs of what the print views show: a document of sections ([`PrintDoc`]), each
//! on new pages with the unit's name, a title, a line under it, paragraphs, a bordered table and
//! notes after it, as `PrintPage.vue` lays out a sheet. [`render`] lays it out in one place for
//! every sheet kind:
//!
//! - 15 mm margins, the table as wide as the page; a column takes its content's width, the wide
//!   ones share what is left and wrap (Chinese anywhere, a Latin word or number whole when it
//!   fits); a column may ask for a share of the width (the 签名 column);
//! - a row never splits unless it is taller than a page; on every further page the unit and the
//!   title head the page and the table's header is repeated; each page says 第 n 页，共 m 页;
//! - set in the machine's Chinese font ([`CjkFont`], a bold face faked by stroking the outlines),
//!   subset to the characters used, so that a sheet stays a few tens of KB.

use krilla::color::{luma, rgb};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use skrifa::FontRef;

pub use super::font::CjkFont;
use layout::{lay_out, Op, PAGE_H, PAGE_W, RULE};
use text::Measure;

mod layout;
mod text;

/// A document to print: the unit's name and one or more sections.
#[derive(Debug, Clone, Default)]
pub struct PrintDoc {
    pub unit_name: String,
    pub sections: Vec<PrintSection>,
}

/// One sheet: it starts on a new page.
#[derive(Debug, Clone, Default)]
pub struct PrintSection {
    pub title: String,
    pub subtitle: String,
    /// Paragraphs between the title and the table.
    pub before: Vec<String>,
    pub table: Option<PrintTable>,
    /// Paragraphs after the table (notes, lines to sign).
    pub after: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct PrintTable {
    pub columns: Vec<PrintColumn>,
    pub rows: Vec<Vec<PrintCell>>,
    /// Shown across the table when it has no rows.
    pub empty: String,
    /// Least height of a row in mm (tall enough to sign in on paper), 0 for none.
    pub row_mm: f32,
}

#[derive(Debug, Clone)]
pub struct PrintColumn {
    pub name: String,
    /// The share of the table's width this column takes (0.38 for a 签名 column); by content
    /// when `None`.
    pub share: Option<f32>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintCell {
    pub text: String,
    /// Struck through (a dropped score).
    pub struck: bool,
}

impl From<String> for PrintCell {
    fn from(text: String) -> PrintCell {
        PrintCell {
            text,
            struck: false,
        }
    }
}

impl From<&str> for PrintCell {
    fn from(text: &str) -> PrintCell {
        text.to_string().into()
    }
}

impl PrintTable {
    /// A table of plain text with columns sized by their content.
    pub fn new(columns: &[String], rows: Vec<Vec<String>>, empty: &str) -> PrintTable {
        PrintTable {
            columns: columns
                .iter()
                .map(|name| PrintColumn {
                    name: name.clone(),
                    share: None,
                })
                .collect(),
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(PrintCell::from).collect())
                .collect(),
            empty: empty.into(),
            row_mm: 0.0,
        }
    }
}

/// Lays `doc` out on A4 pages and writes it as PDF, the font subset to the characters used.
pub fn render(doc: &PrintDoc, font: &CjkFont) -> Result<Vec<u8>, String> {
    let face = FontRef::from_index(&font.data, font.index)
        .map_err(|e| format!("无法读取字体 {}：{e}", font.path.display()))?;
    let mut m = Measure::new(face);
    let pages = lay_out(doc, &mut m);

    let kfont = font.face.clone();
    let mut out = Document::new();
    let title = doc
        .sections
        .first()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    out.set_metadata(
        Metadata::new()
            .title(format!("{}　{title}", doc.unit_name))
            .creator("文明创建工作台".into()),
    );
    for ops in &pages {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).expect("A4 is a valid size");
        let mut page = out.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &mut m, &kfont, op);
        }
        surface.finish();
        page.finish();
    }
    out.finish().map_err(|e| format!("无法生成 PDF：{e:?}"))
}

fn draw(s: &mut Surface, m: &mut Measure, font: &Font, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            text,
            bold,
        } => {
            let glyphs: Vec<KrillaGlyph> = text
                .char_indices()
                .map(|(i, c)| {
                    let (id, advance) = m.glyph(c);
                    KrillaGlyph::new(
                        GlyphId::new(id),
                        advance,
                        0.0,
                        0.0,
                        0.0,
                        i..i + c.len_utf8(),
                        None,
                    )
                })
                .collect();
            s.set_fill(Some(Fill::default()));
            s.set_stroke(bold.then(|| Stroke {
                width: size * 0.035,
                ..Stroke::default()
            }));
            s.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
        }
        Op::Line { from, to } => {
            let mut pb = PathBuilder::new();
            pb.move_to(from.0, from.1);
            pb.line_to(to.0, to.1);
            if let Some(path) = pb.finish() {
                s.set_fill(None);
                s.set_stroke(Some(Stroke {
                    width: RULE,
                    paint: luma::Color::black().into(),
                    ..Stroke::default()
                }));
                s.draw_path(&path);
            }
        }
        Op::Shade { rect: (x, y, w, h) } => {
            let mut pb = PathBuilder::new();
            if let Some(r) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(r);
            }
            if let Some(path) = pb.finish() {
                s.set_stroke(None);
                s.set_fill(Some(Fill {
                    paint: rgb::Color::new(242, 242, 242).into(),
                    ..Fill::default()
                }));
                s.draw_path(&path);
            }
        }
    }
}

/// The text of each page of a PDF, whitespace removed (tests read the documents back).
#[cfg(test)]
pub(crate) fn read_pages(bytes: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(bytes)
        .expect("a readable PDF")
        .into_iter()
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect())
        .collect()
}

#[cfg(test)]
mod tests;
