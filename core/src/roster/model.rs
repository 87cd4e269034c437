//! The roster's types: 科室 ([`Department`]) and 职工 ([`Staff`]), their inputs and the list query.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::labelled::labelled;

/// 科室类型: 机关科室 or 下属单位.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DepartmentKind {
    /// 机关科室
    Office,
    /// 下属单位
    Subunit,
}

labelled!(DepartmentKind {
    Office => "office", "机关科室";
    Subunit => "subunit", "下属单位";
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Department {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub kind: DepartmentKind,
    pub sort_order: i32,
    /// 在职 staff in this 科室.
    #[ts(type = "number")]
    pub active_staff: i64,
    /// All staff ever in this 科室, 在职 or not.
    #[ts(type = "number")]
    pub total_staff: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DepartmentInput {
    pub name: String,
    pub kind: DepartmentKind,
    pub sort_order: i32,
}

/// 性别
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Gender {
    Male,
    Female,
    /// 未填
    Unspecified,
}

/// 政治面貌, as the national code table GB/T 4762 lists it (in its order), plus 民主党派 for people
/// entered before the eight parties were told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PoliticalStatus {
    /// 中共党员 (01)
    CpcMember,
    /// 中共预备党员 (02)
    CpcProbationary,
    /// 共青团员 (03)
    CylMember,
    /// 民革党员 (04)
    RckmtMember,
    /// 民盟盟员 (05)
    CdlMember,
    /// 民建会员 (06)
    CndcaMember,
    /// 民进会员 (07)
    CapdMember,
    /// 农工党党员 (08)
    CpwdpMember,
    /// 致公党党员 (09)
    CzgpMember,
    /// 九三学社社员 (10)
    JiusanMember,
    /// 台盟盟员 (11)
    TdslMember,
    /// 民主党派, party not given (kept for people entered so).
    DemocraticParty,
    /// 无党派人士 (12)
    NonPartisan,
    /// 群众 (13)
    Masses,
}

labelled!(Gender {
    Male => "male", "男", ["男性"];
    Female => "female", "女", ["女性"];
    Unspecified => "unspecified", "未填", [""];
});

labelled!(PoliticalStatus {
    CpcMember => "cpc_member", "中共党员", ["党员", "中国共产党党员", "共产党员"];
    CpcProbationary => "cpc_probationary", "中共预备党员", ["预备党员", "中国共产党预备党员"];
    CylMember => "cyl_member", "共青团员", ["团员", "中国共产主义青年团团员", "共青团"];
    RckmtMember => "rckmt_member", "民革党员", ["民革", "民革会员", "民革成员", "中国国民党革命委员会会员", "中国国民党革命委员会党员"];
    CdlMember => "cdl_member", "民盟盟员", ["民盟", "民盟成员", "中国民主同盟盟员"];
    CndcaMember => "cndca_member", "民建会员", ["民建", "民建成员", "中国民主建国会会员"];
    CapdMember => "capd_member", "民进会员", ["民进", "民进成员", "中国民主促进会会员"];
    CpwdpMember => "cpwdp_member", "农工党党员", ["农工党", "农工", "农工党成员", "中国农工民主党党员"];
    CzgpMember => "czgp_member", "致公党党员", ["致公党", "致公", "致公党成员", "中国致公党党员"];
    JiusanMember => "jiusan_member", "九三学社社员", ["九三", "九三学社", "九三学社成员"];
    TdslMember => "tdsl_member", "台盟盟员", ["台盟", "台盟成员", "台湾民主自治同盟盟员"];
    DemocraticParty => "democratic_party", "民主党派", ["民主党派成员"];
    NonPartisan => "non_partisan", "无党派人士", ["无党派", "无党派民主人士"];
    Masses => "masses", "群众", ["", "普通群众"];
});

/// 职工: one person on the roster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Staff {
    #[ts(type = "number")]
    pub id: i64,
    /// 工号, unique.
    pub employee_no: String,
    pub name: String,
    pub gender: Gender,
    #[ts(type = "number")]
    pub department_id: i64,
    pub department_name: String,
    /// 职务
    pub position: String,
    pub political_status: PoliticalStatus,
    /// 退役军人
    pub is_veteran: bool,
    /// 手机号
    pub phone: String,
    /// 在职; people who leave are deactivated, never deleted.
    pub active: bool,
}

/// What the organizer types in the 职工 form (and what an import row becomes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StaffInput {
    pub employee_no: String,
    pub name: String,
    pub gender: Gender,
    #[ts(type = "number")]
    pub department_id: i64,
    pub position: String,
    pub political_status: PoliticalStatus,
    pub is_veteran: bool,
    pub phone: String,
}

/// The staff list's search: by 姓名 / 工号 (`text`) and 科室, one page at a time.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StaffQuery {
    pub text: String,
    #[ts(type = "number | null")]
    pub department_id: Option<i64>,
    pub include_inactive: bool,
    /// 1-based.
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StaffPage {
    pub items: Vec<Staff>,
    #[ts(type = "number")]
    pub total: i64,
}

pub const EMPLOYEE_NO_MAX: usize = 20;
pub const NAME_MAX: usize = 20;
pub const POSITION_MAX: usize = 30;
pub const DEPARTMENT_NAME_MAX: usize = 30;
/// 科室 sort order: 0 comes first; no unit has more than this many 科室 to order.
pub const SORT_ORDER_MAX: i32 = 9999;
