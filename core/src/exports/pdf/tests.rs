//! PDFs read back as text: the unit, the title, the table and its header on every page, page
//! numbers, wrapped cells whole, and the font found or its absence explained.

use std::path::PathBuf;

use skrifa::MetadataProvider;

use super::*;

fn font() -> CjkFont {
    CjkFont::find().unwrap_or_else(|e| panic!("these tests need a Chinese font: {e}"))
}

fn sign_in(rows: usize) -> PrintDoc {
    let columns: Vec<String> = ["序号", "姓名", "工号", "科室", "签到时间", "签名"]
        .map(String::from)
        .to_vec();
    let rows = (1..=rows)
        .map(|i| {
            vec![
                i.to_string(),
                format!("职工{i:03}"),
                format!("E{i:04}"),
                "办公室".into(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    let mut table = PrintTable::new(&columns, rows, "没有人");
    table.columns[5].share = Some(0.38);
    table.row_mm = 11.0;
    PrintDoc {
        unit_name: "某某市某某局".into(),
        sections: vec![PrintSection {
            title: "经典诵读会签到表".into(),
            subtitle: "时间：2026年11月25日 周三 09:00 至 2026年11月25日 周三 11:00".into(),
            table: Some(table),
            ..PrintSection::default()
        }],
    }
}

#[test]
fn a_long_sign_in_sheet_repeats_the_unit_the_title_and_the_header_on_every_numbered_page() {
    let bytes = render(&sign_in(120), &font()).unwrap();
    let pages = read_pages(&bytes);
    // 11 mm rows: about 20 to a page.
    assert!(
        pages.len() >= 5 && pages.len() <= 8,
        "{} pages",
        pages.len()
    );
    let n = pages.len();
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains("某某市某某局"), "page {}: {p}", i + 1);
        assert!(p.contains("经典诵读会签到表"), "page {}", i + 1);
        assert!(
            p.contains("序号姓名工号科室签到时间签名"),
            "page {}: {p}",
            i + 1
        );
        assert!(
            p.contains(&format!("第{}页，共{n}页", i + 1)),
            "page {}: {p}",
            i + 1
        );
    }
    assert!(pages[0].contains("2026年11月25日周三09:00"));
    assert!(pages[1].contains("（续）") && !pages[0].contains("（续）"));
    let all: String = pages.concat();
    for i in [1, 60, 120] {
        assert_eq!(all.matches(&format!("职工{i:03}")).count(), 1, "职工{i:03}");
    }
    assert!(pages[n - 1].contains("职工120"));
}

#[test]
fn the_font_is_subset_so_a_sheet_stays_small() {
    let bytes = render(&sign_in(30), &font()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
}

#[test]
fn a_cell_longer_than_its_column_wraps_and_keeps_every_character() {
    let long = "按时完成岗位职责范围内的各项工作任务，服务群众热情周到，2026年度办结率达到100%，"
        .repeat(4);
    let doc = PrintDoc {
        unit_name: "某某局".into(),
        sections: vec![PrintSection {
            title: "2026年度公开承诺栏".into(),
            subtitle: "办公室".into(),
            table: Some(PrintTable::new(
                &["序号".into(), "承诺人".into(), "承诺内容".into()],
                vec![vec!["1".into(), "张三".into(), long.clone()]],
                "",
            )),
            after: vec!["欢迎监督".into()],
            ..PrintSection::default()
        }],
    };
    let pages = read_pages(&render(&doc, &font()).unwrap());
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains(&long.replace(' ', "")), "{}", pages[0]);
    assert!(pages[0].contains("欢迎监督"));
}

#[test]
fn a_row_taller_than_a_page_goes_on_over_the_next_with_the_header_again() {
    let huge: String = (0..60)
        .map(|i| format!("第{i}条说明文字很长很长。\n"))
        .collect();
    let doc = PrintDoc {
        unit_name: "某某局".into(),
        sections: vec![PrintSection {
            title: "评诺结果".into(),
            table: Some(PrintTable::new(
                &["对象".into(), "说明".into()],
                vec![vec!["李四".into(), huge]],
                "",
            )),
            ..PrintSection::default()
        }],
    };
    let pages = read_pages(&render(&doc, &font()).unwrap());
    assert!(pages.len() >= 2, "{pages:?}");
    assert!(pages.iter().all(|p| p.contains("对象说明")));
    let all = pages.concat();
    assert!(all.contains("第0条说明") && all.contains("第59条说明"));
}

#[test]
fn sections_start_new_pages_and_an_empty_table_says_so() {
    let section = |title: &str| PrintSection {
        title: title.into(),
        before: vec!["发出选票 30 张，收回 30 张".into()],
        table: Some(PrintTable::new(&["名次".into()], vec![], "暂无记录")),
        ..PrintSection::default()
    };
    let doc = PrintDoc {
        unit_name: "某某局".into(),
        sections: vec![section("办公室"), section("财务科")],
    };
    let pages = read_pages(&render(&doc, &font()).unwrap());
    assert_eq!(pages.len(), 2);
    assert!(pages[0].contains("办公室") && !pages[0].contains("财务科"));
    assert!(pages[1].contains("财务科") && pages[1].contains("暂无记录"));
    assert!(pages[1].contains("发出选票30张"));
}

#[test]
fn without_a_chinese_font_the_reason_and_the_remedy_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let none = CjkFont::find_in([dir.path().join("没有这个字体.ttc")]).unwrap_err();
    assert!(none.contains("找不到中文字体"), "{none}");
    assert!(none.contains("fonts-noto-cjk") && none.contains(crate::exports::font::PDF_FONT_ENV));

    let fake = dir.path().join("simsun.ttc");
    std::fs::write(&fake, b"not a font").unwrap();
    let bad = CjkFont::find_in([fake]).unwrap_err();
    assert!(bad.contains("不是字体文件"), "{bad}");
}

#[test]
fn in_a_collection_the_simplified_chinese_face_is_taken() {
    let noto = PathBuf::from(crate::exports::font::FONT_PATHS[0]);
    if !noto.is_file() {
        return; // Only where Debian's fonts-noto-cjk is installed.
    }
    let f = CjkFont::load(&noto).unwrap();
    let face = skrifa::FontRef::from_index(&f.data, f.index).unwrap();
    let family = face
        .localized_strings(skrifa::string::StringId::FAMILY_NAME)
        .english_or_first()
        .unwrap()
        .to_string();
    assert_eq!(family, "Noto Sans CJK SC");
}
