use calamine::{Data, Reader};

use super::notice::decided;
use super::*;

fn cells(bytes: Vec<u8>) -> Vec<Vec<String>> {
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range("计票结果").unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => format!("{f}"),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_tally_sheet_lists_every_candidate_with_votes_outcome_and_signature_lines() {
    let mut u = unit(4);
    crate::settings::set_unit_name(&mut u.conn, "市文明办").unwrap();
    let c = decided(&mut u);
    let first = rounds(&u.conn, c.id).unwrap()[0].clone();
    let (stem, bytes) = tally_xlsx(&u.conn, first.id).unwrap();
    assert_eq!(stem, "先进个人投票计票结果");
    let rows = cells(bytes);
    assert_eq!(rows[0][0], "市文明办　先进个人　先进个人投票计票结果");
    assert!(rows[1][0].starts_with("发出选票 10 张，收回 10 张，有效 10 张，无效 0 张"));
    assert_eq!(
        rows[2][..5],
        ["名次", "候选人", "科室", "得票", "是否过半数"]
    );
    let li: Vec<&str> = rows[3].iter().map(String::as_str).collect();
    assert_eq!(li, ["1", "李四", "办公室", "8", "是", "当选"]);
    let tied: Vec<&str> = rows[4..6].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(tied, ["同票，待另行投票", "同票，待另行投票"]);
    let flat: Vec<&String> = rows.iter().flatten().collect();
    assert!(flat.iter().any(|c| c.as_str() == "计票人（签名）："));
    assert!(flat.iter().any(|c| c.as_str() == "监票人（签名）："));
}

#[test]
fn no_tally_sheet_while_the_round_is_open() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    open_round(&mut u.conn, r.id, now()).unwrap();
    assert_eq!(refusal(tally_xlsx(&u.conn, r.id)).0, "tally.not_closed");
}

#[test]
fn the_printed_result_names_how_often_codes_were_reprinted_after_voting_began() {
    let mut u = unit(4);
    let c = u.candidates(2, &[LI, WANG]);
    let r = u.round(&c, BallotForm::Choose, MajorityBase::Cast);
    let codes = open_round(&mut u.conn, r.id, now()).unwrap();
    unused_codes(&u.conn, r.id).unwrap();
    cast_ballot(&mut u.conn, r.id, &codes[0], &choose(&[])).unwrap();
    for reason in ["打印机卡纸", "一张选票码被水浸湿"] {
        reprint_codes(&mut u.conn, r.id, reason, now()).unwrap();
    }
    close_round(&mut u.conn, r.id, now()).unwrap();
    let t = tally_round(&u.conn, r.id).unwrap();
    assert_eq!(
        t.reprints, 2,
        "printing before the first ballot is no reprint"
    );
    assert!(summary_line(&t).ends_with("；开始投票后补印选票码 2 次"));
    let rows = cells(tally_xlsx(&u.conn, r.id).unwrap().1);
    assert!(rows[1][0].ends_with("补印选票码 2 次"), "{}", rows[1][0]);
}

fn pdf_pages(doc: crate::exports::pdf::PrintDoc) -> Vec<String> {
    let font = crate::exports::pdf::CjkFont::find().expect("a Chinese font");
    let bytes = crate::exports::pdf::render(&doc, &font).unwrap();
    crate::exports::pdf::read_pages(&bytes)
}

#[test]
fn the_printed_tally_report_reads_back_from_its_pdf_with_the_unit_votes_and_signature_lines() {
    let mut u = unit(4);
    crate::settings::set_unit_name(&mut u.conn, "市文明办").unwrap();
    let c = decided(&mut u);
    let first = rounds(&u.conn, c.id).unwrap()[0].clone();
    let pages = pdf_pages(tally_doc(&u.conn, first.id).unwrap());
    assert_eq!(pages.len(), 1);
    let p = &pages[0];
    assert!(
        p.starts_with("市文明办先进个人计票结果报告先进个人投票"),
        "{p}"
    );
    assert!(p.contains("发出选票10张，收回10张，有效10张，无效0张"));
    assert!(p.contains("名次候选人科室得票是否过半数结果"));
    assert!(p.contains("1李四办公室8是当选"), "{p}");
    assert!(
        p.contains("计票人（签名）：")
            && p.contains("监票人（签名）：")
            && p.contains("第1页，共1页")
    );
}

#[test]
fn the_publicity_notice_reads_back_from_its_pdf_and_there_is_none_before_it_is_issued() {
    let mut u = unit(4);
    let c = decided(&mut u);
    assert!(publicity_doc(&u.conn, c.id).unwrap().is_none());
    let p = start_publicity(
        &mut u.conn,
        c.id,
        super::notice::day(11, 27),
        "局机关纪委",
        super::notice::day(11, 27).and_hms_opt(10, 0, 0).unwrap(),
    )
    .unwrap();
    let pages = pdf_pages(publicity_doc(&u.conn, c.id).unwrap().unwrap());
    let text: String = p
        .notice
        .text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        pages[0].contains(&p.notice.title.replace(' ', "")),
        "{}",
        pages[0]
    );
    assert!(pages.concat().contains(&text), "{pages:?}");
}
