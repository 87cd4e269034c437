//! Error codes cross IPC and are matched by the UI: each kind keeps its own code.

use std::collections::HashSet;

use super::*;
use ContestError::*;

#[test]
fn every_error_kind_has_its_own_stable_code() {
    let s = || String::from("x");
    let all = [
        (NoCriteria, "contests.no_criteria"),
        (EmptyCriterionName, "contests.empty_criterion_name"),
        (DuplicateCriterion(s()), "contests.duplicate_criterion"),
        (ZeroWeight(s()), "contests.zero_weight"),
        (InvalidWeights(90), "contests.invalid_weights"),
        (
            MarkOutOfRange {
                who: s(),
                criterion: s(),
                mark: s(),
                max: 40,
            },
            "contests.invalid_score",
        ),
        (
            WrongMarkCount {
                who: s(),
                expected: 4,
                found: 3,
            },
            "contests.incomplete_sheet",
        ),
        (InvalidMark(s()), "contests.invalid_mark"),
        (InvalidTrimThreshold(2), "contests.invalid_trim_threshold"),
        (InvalidDecimals(5), "contests.invalid_decimals"),
        (UnknownJudge(1), "contests.unknown_judge"),
        (UnknownEntrant(1), "contests.unknown_entrant"),
        (
            DuplicateSheet {
                judge: s(),
                entrant: s(),
            },
            "contests.duplicate_sheet",
        ),
        (
            RecusedJudge {
                judge: s(),
                entrant: s(),
            },
            "contests.recused_judge",
        ),
        (
            DuplicateId {
                what: "选手",
                id: 1,
            },
            "contests.duplicate_id",
        ),
        (InvalidAwardPlan(s()), "contests.invalid_award_plan"),
        (
            TooManyAwardPlaces {
                level: "一等奖",
                found: 1001,
                max: 1000,
            },
            "contests.too_many_award_places",
        ),
        (
            CriterionNameTooLong(s(), 20),
            "contests.criterion_name_too_long",
        ),
        (
            PlayerCount {
                format: "循环赛",
                min: 3,
                max: 16,
                found: 2,
            },
            "contests.player_count",
        ),
        (UnknownPlayer(1), "contests.unknown_player"),
        (SamePlayer(1), "contests.same_player"),
        (
            DoubleBooked {
                round: 1,
                player: 1,
            },
            "contests.double_booked",
        ),
        (
            InvalidGroups {
                groups: 4,
                players: 7,
            },
            "contests.invalid_groups",
        ),
        (
            TooManyQualifiers {
                group: s(),
                size: 2,
                k: 3,
            },
            "contests.too_many_qualifiers",
        ),
        (
            WinnerNotInMatch {
                number: 1,
                winner: 1,
            },
            "contests.winner_not_in_match",
        ),
        (MissingWinner(1), "contests.round_not_finished"),
        (UnknownMatchNumber(9), "contests.unknown_match"),
        (TournamentOver, "contests.tournament_over"),
        (
            TooManyRounds {
                rounds: 9,
                max: 7,
                players: 8,
            },
            "contests.too_many_rounds",
        ),
        (PairingImpossible(3), "contests.pairing_impossible"),
        (
            InvalidGameScore {
                game: 1,
                score: s(),
                reason: s(),
            },
            "contests.invalid_game_score",
        ),
        (InvalidMatch(s()), "contests.invalid_match"),
        (DuplicateMatch { a: 1, b: 2 }, "contests.duplicate_match"),
        (BergerSize { size: 5, max: 16 }, "contests.berger_size"),
        (InvalidPoints(s()), "contests.invalid_points"),
        (InvalidLots(s()), "contests.invalid_lots"),
    ];
    let mut codes = HashSet::new();
    for (e, code) in all {
        let shown = shown(e);
        assert_eq!(shown.code, code);
        assert!(codes.insert(code), "{code} used twice");
        assert!(!shown.message.is_empty());
    }
}
