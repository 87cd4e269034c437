//! Where everything goes on the A4 pages: the section's header, paragraphs, the table with its
//! header on every page, rows kept whole (split only when taller than a page), page numbers.

use super::text::Measure;
use super::{PrintCell, PrintDoc, PrintSection, PrintTable};

const MM: f32 = 72.0 / 25.4;
pub(super) const PAGE_W: f32 = 210.0 * MM;
pub(super) const PAGE_H: f32 = 297.0 * MM;
const MARGIN: f32 = 15.0 * MM;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;
/// The lowest a line of the body may reach; the page number sits below.
const BOTTOM: f32 = PAGE_H - MARGIN - 14.0;
const BODY: f32 = 10.5;
/// Line height over font size.
const LEAD: f32 = 1.45;
/// The baseline below the top of a line box, over font size.
const ASCENT: f32 = 0.88 + (LEAD - 1.0) / 2.0;
const PAD_X: f32 = 2.0 * MM;
const PAD_Y: f32 = 1.5 * MM;
pub(super) const RULE: f32 = 0.6;

/// The pages of `doc`, each a list of what to draw, numbered 第 n 页，共 m 页.
pub(super) fn lay_out(doc: &PrintDoc, m: &mut Measure) -> Vec<Vec<Op>> {
    let mut l = Layout {
        m,
        unit: doc.unit_name.clone(),
        title: String::new(),
        pages: Vec::new(),
        y: 0.0,
    };
    for s in &doc.sections {
        l.section(s);
    }
    let total = l.pages.len();
    let mut pages = std::mem::take(&mut l.pages);
    for (i, ops) in pages.iter_mut().enumerate() {
        let text = format!("第 {} 页，共 {total} 页", i + 1);
        let w = l.m.width(&text, 9.0);
        ops.push(Op::Text {
            x: (PAGE_W - w) / 2.0,
            y: PAGE_H - MARGIN,
            size: 9.0,
            text,
            bold: false,
        });
    }
    pages
}

/// What is drawn on a page; `y` grows downwards from the top, text `y` is its baseline.
pub(super) enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        bold: bool,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
    },
    Shade {
        rect: (f32, f32, f32, f32),
    },
}

struct Layout<'m, 'a> {
    m: &'m mut Measure<'a>,
    unit: String,
    title: String,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout<'_, '_> {
    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page was started")
    }

    /// A further page of the section: the unit and the title, small, head it.
    fn next_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
        let head = format!("{}　{}（续）", self.unit, self.title);
        self.centered(&head, 9.0, false);
        self.y += 2.0 * MM;
    }

    /// Lines of text across the page, each centered.
    fn centered(&mut self, text: &str, size: f32, bold: bool) {
        for line in self.m.wrap(text, size, WIDTH) {
            let w = self.m.width(&line, size);
            let (x, y) = ((PAGE_W - w) / 2.0, self.y + size * ASCENT);
            self.ops().push(Op::Text {
                x,
                y,
                size,
                text: line,
                bold,
            });
            self.y += size * LEAD;
        }
    }

    fn paragraph(&mut self, text: &str) {
        for line in self.m.wrap(text, BODY, WIDTH) {
            if self.y + BODY * LEAD > BOTTOM {
                self.next_page();
            }
            let y = self.y + BODY * ASCENT;
            self.ops().push(Op::Text {
                x: MARGIN,
                y,
                size: BODY,
                text: line,
                bold: false,
            });
            self.y += BODY * LEAD;
        }
        self.y += 1.5 * MM;
    }

    fn section(&mut self, s: &PrintSection) {
        self.title = s.title.clone();
        self.pages.push(Vec::new());
        self.y = MARGIN;
        let unit = self.unit.clone();
        self.centered(&unit, 11.0, false);
        self.y += 3.0 * MM;
        self.centered(&s.title, 18.0, true);
        self.y += 2.0 * MM;
        if !s.subtitle.is_empty() {
            self.centered(&s.subtitle, BODY, false);
        }
        self.y += 4.0 * MM;
        for p in &s.before {
            self.paragraph(p);
        }
        if let Some(t) = &s.table {
            self.table(t);
            self.y += 3.0 * MM;
        }
        for p in &s.after {
            self.paragraph(p);
        }
    }

    fn table(&mut self, t: &PrintTable) {
        let n = t.columns.len().max(1);
        let (size, widths) = self.widths(t);
        let line_h = size * LEAD;
        let inner = |w: f32| (w - 2.0 * PAD_X).max(size);
        let head: Vec<Vec<String>> = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.m.wrap(&c.name, size, inner(*w)))
            .collect();
        let head_h = rows_height(&head, line_h);
        let least = t.row_mm * MM;
        let empty = [vec![PrintCell::from(t.empty.as_str())]];
        let full = [WIDTH];
        let (rows, row_widths): (&[Vec<PrintCell>], &[f32]) = if t.rows.is_empty() {
            (&empty, &full)
        } else {
            (&t.rows, &widths)
        };
        if self.y + head_h + line_h + 2.0 * PAD_Y > BOTTOM {
            self.next_page();
        }
        self.row(&head, &widths, head_h, size, true, &[]);
        for row in rows {
            let mut lines: Vec<Vec<String>> = row
                .iter()
                .take(n)
                .zip(row_widths)
                .map(|(c, w)| self.m.wrap(&c.text, size, inner(*w)))
                .collect();
            let struck: Vec<bool> = row.iter().map(|c| c.struck).collect();
            loop {
                let h = rows_height(&lines, line_h).max(least);
                if self.y + h <= BOTTOM {
                    self.row(&lines, row_widths, h, size, false, &struck);
                    break;
                }
                let fresh = MARGIN + 9.0 * LEAD + 2.0 * MM + head_h;
                let fit = ((BOTTOM - self.y - 2.0 * PAD_Y) / line_h).floor() as usize;
                if fresh + h <= BOTTOM || fit == 0 {
                    self.next_page();
                    self.row(&head, &widths, head_h, size, true, &[]);
                    if fresh + h <= BOTTOM {
                        continue;
                    }
                }
                // Taller than a page: as many lines as fit here, the rest on the next.
                let fit = ((BOTTOM - self.y - 2.0 * PAD_Y) / line_h).floor().max(1.0) as usize;
                let part: Vec<Vec<String>> = lines
                    .iter_mut()
                    .map(|l| l.drain(..fit.min(l.len())).collect())
                    .collect();
                let h = rows_height(&part, line_h);
                self.row(&part, row_widths, h, size, false, &struck);
                self.next_page();
                self.row(&head, &widths, head_h, size, true, &[]);
            }
        }
    }

    /// The font size of the table and its columns' widths: content width where it fits, the
    /// widest columns sharing what is left; a smaller size when many columns crowd the page.
    fn widths(&mut self, t: &PrintTable) -> (f32, Vec<f32>) {
        let fixed: f32 = t.columns.iter().filter_map(|c| c.share).sum::<f32>() * WIDTH;
        let left = (WIDTH - fixed).max(0.0);
        let auto = t.columns.iter().filter(|c| c.share.is_none()).count();
        let mut size = BODY;
        for s in [BODY, 9.0, 7.5] {
            size = s;
            if auto as f32 * (2.0 * s + 2.0 * PAD_X) <= left {
                break;
            }
        }
        let want: Vec<f32> = t
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let cells = t.rows.iter().filter_map(|r| r.get(i));
                let widest = cells
                    .flat_map(|c| c.text.split('\n'))
                    .map(|l| self.m.width(l, size))
                    .fold(0.0, f32::max);
                // A header may wrap when its content is narrow.
                let head = self.m.width(&c.name, size).min(4.0 * size);
                widest.max(head) + 2.0 * PAD_X + 1.0
            })
            .collect();
        let auto_want: Vec<f32> = t
            .columns
            .iter()
            .zip(&want)
            .filter(|(c, _)| c.share.is_none())
            .map(|(_, w)| *w)
            .collect();
        let sum: f32 = auto_want.iter().sum();
        // Wide enough: grow them alike to fill the page. Too wide: cap the widest.
        let cap = if sum <= left {
            None
        } else {
            let mut sorted = auto_want.clone();
            sorted.sort_by(f32::total_cmp);
            let mut rest = left;
            let mut cap = left / auto.max(1) as f32;
            for (i, w) in sorted.iter().enumerate() {
                let share = rest / (sorted.len() - i) as f32;
                if *w > share {
                    cap = share;
                    break;
                }
                rest -= w;
            }
            Some(cap)
        };
        let widths = t
            .columns
            .iter()
            .zip(&want)
            .map(|(c, w)| match (c.share, cap) {
                (Some(s), _) => s * WIDTH,
                (None, Some(cap)) => w.min(cap),
                (None, None) if sum > 0.0 => w * left / sum,
                (None, None) => left / auto.max(1) as f32,
            })
            .collect();
        (size, widths)
    }

    /// One row of cells at `self.y`, `h` tall: borders, the header shaded, text centered
    /// (left when it wraps), struck through where asked.
    fn row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        h: f32,
        size: f32,
        head: bool,
        struck: &[bool],
    ) {
        let top = self.y;
        let line_h = size * LEAD;
        let mut x = MARGIN;
        if head {
            self.ops().push(Op::Shade {
                rect: (MARGIN, top, WIDTH, h),
            });
        }
        self.ops().push(Op::Line {
            from: (MARGIN, top),
            to: (MARGIN + WIDTH, top),
        });
        self.ops().push(Op::Line {
            from: (MARGIN, top + h),
            to: (MARGIN + WIDTH, top + h),
        });
        for (i, w) in widths.iter().enumerate() {
            self.ops().push(Op::Line {
                from: (x, top),
                to: (x, top + h),
            });
            let lines = cells.get(i).map(Vec::as_slice).unwrap_or_default();
            let mut y = top + (h - lines.len() as f32 * line_h) / 2.0;
            for line in lines {
                let lw = self.m.width(line, size);
                let lx = if lines.len() == 1 {
                    x + (w - lw) / 2.0
                } else {
                    x + PAD_X
                };
                let base = y + size * ASCENT;
                self.ops().push(Op::Text {
                    x: lx,
                    y: base,
                    size,
                    text: line.clone(),
                    bold: head,
                });
                if struck.get(i).copied().unwrap_or(false) && !line.is_empty() {
                    let mid = base - size * 0.33;
                    self.ops().push(Op::Line {
                        from: (lx, mid),
                        to: (lx + lw, mid),
                    });
                }
                y += line_h;
            }
            x += w;
        }
        self.ops().push(Op::Line {
            from: (MARGIN + WIDTH, top),
            to: (MARGIN + WIDTH, top + h),
        });
        self.y += h;
    }
}

fn rows_height(cells: &[Vec<String>], line_h: f32) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line_h + 2.0 * PAD_Y
}
