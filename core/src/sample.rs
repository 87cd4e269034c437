//! 示例数据: a believable bureau for a first look at the app, and, with a larger size, the
//! "large unit" the benchmarks use. Deterministic: the same size gives the same people.

use chrono::NaiveDateTime;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Coded;
use crate::roster::{
    self, store, DepartmentInput, DepartmentKind, Gender, PoliticalStatus, StaffInput,
};
use crate::store::write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SampleSize {
    /// About 12 科室 and 80 职工: a typical 局.
    Bureau,
    /// 80 科室 and 5 000 职工, for benchmarks.
    Large,
}

impl SampleSize {
    pub fn counts(self) -> (usize, usize) {
        match self {
            SampleSize::Bureau => (12, 80),
            SampleSize::Large => (80, 5000),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    #[error("已有人员数据，示例数据只能载入到空数据库中")]
    NotEmpty,
    #[error(transparent)]
    Roster(#[from] roster::RosterError),
}

impl Coded for SampleError {
    fn code(&self) -> &'static str {
        match self {
            SampleError::NotEmpty => "sample.not_empty",
            SampleError::Roster(e) => e.code(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SampleReport {
    pub departments: u32,
    pub staff: u32,
}

const OFFICES: &[&str] = &[
    "局领导",
    "办公室",
    "人事教育科",
    "计划财务科",
    "政策法规科",
    "科技管理科",
    "成果转化科",
    "高新技术科",
    "农村科技科",
    "社会发展科",
    "机关党委",
    "合作交流科",
];
const SUBUNITS: &[&str] = &[
    "信息中心",
    "科技情报研究所",
    "生产力促进中心",
    "科技服务中心",
    "科技馆",
    "机关服务中心",
];
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
    "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
    "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚",
    "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
];
const MALE_CHARS: &[&str] = &[
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宁", "健", "建国", "志强", "海涛", "文博", "子轩", "浩然", "国庆", "永刚", "德胜",
    "宏伟", "俊杰", "振华",
];
const FEMALE_CHARS: &[&str] = &[
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "琳", "洁", "颖", "倩",
    "晓燕", "丽娟", "雅琴", "秀英", "桂兰", "思雨", "欣怡", "梦琪", "慧敏", "晓雯", "佳怡", "红梅",
    "春燕", "海燕",
];
const POSITIONS: &[&str] = &[
    "一级主任科员",
    "二级主任科员",
    "三级主任科员",
    "四级主任科员",
    "一级科员",
    "二级科员",
    "工作人员",
    "专业技术人员",
];

/// The 科室 and 职工 of a sample unit; each 职工's `department_id` is an index into the 科室 list.
pub fn generate(size: SampleSize) -> (Vec<DepartmentInput>, Vec<StaffInput>) {
    let (n_departments, n_staff) = size.counts();
    generate_unit(n_departments, n_staff)
}

/// [`generate`] for any size: `n_departments` 科室 (at least 2) and `n_staff` 职工, the benchmarks'
/// units of 500 to 50 000 people.
pub fn generate_unit(
    n_departments: usize,
    n_staff: usize,
) -> (Vec<DepartmentInput>, Vec<StaffInput>) {
    let mut rng = StdRng::seed_from_u64(2026);
    // A typical 局 of 12 has 9 机关科室 and 3 下属单位; larger units repeat the pattern.
    let office = |n: &&str| (n.to_string(), DepartmentKind::Office);
    let subunit = |n: &&str| (n.to_string(), DepartmentKind::Subunit);
    let names = OFFICES[..9]
        .iter()
        .map(office)
        .chain(SUBUNITS[..3].iter().map(subunit))
        .chain(OFFICES[9..].iter().map(office))
        .chain(SUBUNITS[3..].iter().map(subunit));
    let departments: Vec<DepartmentInput> = (0..n_departments)
        .map(|i| {
            let base = OFFICES.len() + SUBUNITS.len();
            let (name, kind) = names.clone().nth(i % base).expect("index within the lists");
            let name = if i < base {
                name
            } else {
                format!("{name}{}", i / base + 1)
            };
            DepartmentInput {
                name,
                kind,
                sort_order: i as i32 + 1,
            }
        })
        .collect();
    let staff = (0..n_staff)
        .map(|i| {
            // The first 5 people are the 局领导; the rest are spread over the other 科室.
            let department = if i < 5 {
                0
            } else {
                1 + (i - 5) % (n_departments - 1)
            };
            let position = match (department, i) {
                (0, 0) => "局长".to_string(),
                (0, _) => "副局长".to_string(),
                _ if (i - 5) < n_departments - 1 => {
                    if departments[department].kind == DepartmentKind::Subunit {
                        "主任"
                    } else {
                        "科长"
                    }
                    .to_string()
                }
                _ => POSITIONS[rng.random_range(0..POSITIONS.len())].to_string(),
            };
            let male = rng.random_bool(0.55);
            let given = if male { MALE_CHARS } else { FEMALE_CHARS };
            let name = format!(
                "{}{}",
                SURNAMES[rng.random_range(0..SURNAMES.len())],
                given[rng.random_range(0..given.len())]
            );
            let political_status = match rng.random_range(0..100) {
                _ if department == 0 => PoliticalStatus::CpcMember,
                0..55 => PoliticalStatus::CpcMember,
                55..60 => PoliticalStatus::CpcProbationary,
                60..72 => PoliticalStatus::CylMember,
                72 => PoliticalStatus::CdlMember,
                73 => PoliticalStatus::JiusanMember,
                74 => PoliticalStatus::CndcaMember,
                _ => PoliticalStatus::Masses,
            };
            StaffInput {
                employee_no: format!("W{:04}", i + 1),
                name,
                gender: if male { Gender::Male } else { Gender::Female },
                department_id: department as i64,
                position,
                political_status,
                is_veteran: male && rng.random_bool(0.12),
                phone: format!(
                    "1{}{:09}",
                    [3, 5, 7, 8, 9][rng.random_range(0..5)],
                    rng.random_range(0..1_000_000_000u64)
                ),
            }
        })
        .collect();
    (departments, staff)
}

/// 载入示例数据: fills an empty roster with a sample unit, in one transaction.
pub fn load(
    conn: &mut Connection,
    size: SampleSize,
    now: NaiveDateTime,
) -> Result<SampleReport, SampleError> {
    let (n_departments, n_staff) = size.counts();
    load_unit(conn, n_departments, n_staff, now)
}

/// [`load`] for any size (see [`generate_unit`]).
pub fn load_unit(
    conn: &mut Connection,
    n_departments: usize,
    n_staff: usize,
    now: NaiveDateTime,
) -> Result<SampleReport, SampleError> {
    let (departments, staff) = generate_unit(n_departments, n_staff);
    let tx = write(conn).map_err(roster::RosterError::from)?;
    if store::staff_count(&tx).map_err(roster::RosterError::from)? > 0
        || !store::departments(&tx)
            .map_err(roster::RosterError::from)?
            .is_empty()
    {
        return Err(SampleError::NotEmpty);
    }
    let ids = departments
        .iter()
        .map(|d| store::insert_department(&tx, d, now))
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(roster::RosterError::from)?;
    for s in &staff {
        let s = StaffInput {
            department_id: ids[s.department_id as usize],
            ..s.clone()
        };
        store::insert_staff(&tx, &s, now).map_err(roster::RosterError::from)?;
    }
    tx.commit().map_err(roster::RosterError::from)?;
    Ok(SampleReport {
        departments: departments.len() as u32,
        staff: staff.len() as u32,
    })
}

/// Fills a large unit (already loaded with [`SampleSize::Large`]) with `activities` published
/// activities, one every 4 hours from 5 January 2026 (2 000 fill the year, 20 000 run into 2035),
/// and `signups` individual sign-ups spread over them, in one transaction: the activity load the
/// benchmarks measure.
pub fn load_activity_history(
    conn: &mut Connection,
    activities: usize,
    signups: usize,
) -> Result<(), crate::activities::ActivityError> {
    use crate::activities::{
        store as act, ActivityInput, ActivityKind, Phase, Schedule, SignupStatus,
    };
    let staff: Vec<i64> = store::all_staff(conn)?.into_iter().map(|s| s.id).collect();
    let tx = write(conn)?;
    let per_activity = signups / activities.max(1);
    for i in 0..activities {
        let starts_at = history_start(i);
        let input = ActivityInput {
            kind: ActivityKind::ALL[i % ActivityKind::ALL.len()],
            title: format!(
                "{}活动第{}期",
                ActivityKind::ALL[i % ActivityKind::ALL.len()].label(),
                i + 1
            ),
            description: String::new(),
            place: "机关会议室".into(),
            schedule: Schedule {
                starts_at,
                ends_at: starts_at + chrono::Duration::hours(2),
                signup_opens_at: starts_at - chrono::Duration::days(14),
                signup_deadline: starts_at - chrono::Duration::days(1),
                cancel_cutoff: starts_at - chrono::Duration::days(2),
            },
            capacity: Some(per_activity as u32 + 10),
            department_ids: Vec::new(),
            party_members_only: false,
            team_mode: false,
        };
        let created = starts_at - chrono::Duration::days(20);
        let id = act::insert_activity(&tx, &input, Phase::Published, created)?;
        for k in 0..per_activity {
            let person = staff[(i * per_activity + k) % staff.len()];
            act::insert_signup(
                &tx,
                id,
                None,
                SignupStatus::Confirmed,
                false,
                input.schedule.signup_opens_at,
                &[person],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// When the `i`-th activity of [`load_activity_history`] starts (counted from 0).
pub fn history_start(i: usize) -> NaiveDateTime {
    let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
        .expect("valid date")
        .and_hms_opt(9, 0, 0)
        .expect("valid time");
    first + chrono::Duration::hours(4 * i as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_bureau_is_believable_and_valid() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let report = load(
            &mut conn,
            SampleSize::Bureau,
            crate::testkit::november(1, 8),
        )
        .unwrap();
        assert_eq!((report.departments, report.staff), (12, 80));
        let all = store::all_staff(&conn).unwrap();
        assert_eq!(all.len(), 80);
        assert!(
            all.iter()
                .all(|s| (2..=3).contains(&s.name.chars().count())),
            "Chinese names of 2–3 characters"
        );
        assert!(all.iter().all(|s| roster::check_phone(&s.phone).is_ok()));
        let members = all
            .iter()
            .filter(|s| s.political_status == PoliticalStatus::CpcMember)
            .count();
        assert!((30..70).contains(&members), "{members} 党员 of 80");
        assert!(all.iter().any(|s| s.is_veteran));
        assert_eq!(all.iter().filter(|s| s.position == "局长").count(), 1);
        let kinds: Vec<_> = store::departments(&conn)
            .unwrap()
            .into_iter()
            .map(|d| d.kind)
            .collect();
        assert_eq!(
            kinds
                .iter()
                .filter(|k| **k == DepartmentKind::Subunit)
                .count(),
            3
        );
    }

    #[test]
    fn sample_data_only_goes_into_an_empty_roster() {
        let mut conn = crate::store::open_in_memory().unwrap();
        load(
            &mut conn,
            SampleSize::Bureau,
            crate::testkit::november(1, 8),
        )
        .unwrap();
        let err: crate::AppError = load(
            &mut conn,
            SampleSize::Bureau,
            crate::testkit::november(1, 8),
        )
        .unwrap_err()
        .into();
        assert_eq!(err.code, "sample.not_empty");
        assert_eq!(store::staff_count(&conn).unwrap(), 80);
    }

    #[test]
    fn the_large_unit_has_five_thousand_staff_in_eighty_departments() {
        let (d, s) = generate(SampleSize::Large);
        assert_eq!((d.len(), s.len()), (80, 5000));
        let names: std::collections::BTreeSet<_> = d.iter().map(|d| &d.name).collect();
        assert_eq!(names.len(), 80, "department names are unique");
    }

    #[test]
    fn a_unit_of_fifty_thousand_has_a_distinct_employee_number_each() {
        let (d, s) = generate_unit(80, 50_000);
        assert_eq!((d.len(), s.len()), (80, 50_000));
        let numbers: std::collections::BTreeSet<_> = s.iter().map(|s| &s.employee_no).collect();
        assert_eq!(numbers.len(), 50_000);
    }
}
