import { describe, expect, test } from 'vitest'
import type { Tournament } from '@/bindings/Tournament'
import type { TournamentMatch } from '@/bindings/TournamentMatch'
import { activity, member, signup } from '@/test/activities'
import { appError, fakeBackend, type Handler } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import { chessDefaults, ttDefaults } from '@/app/facts'
import TournamentView from './TournamentView.vue'

const people = ['张三', '李四', '王五'].map((name, i) => member(name, { staff_id: i + 1 }))
const entries = people.map((m, i) => signup(i + 1, [m]))
const tableTennis = activity({ kind: 'table_tennis', title: '乒乓球赛' })

function tmatch(id: number, round: number, first: number, second: number, over: Partial<TournamentMatch> = {}): TournamentMatch {
  return { id, round, board: 1, third_place: false, group: null, first, second, result: null, games: null, ...over }
}

/** Three players: each round one match and one bye. */
function drawn(over: Partial<Tournament> = {}): Tournament {
  return {
    id: 1,
    activity_id: 5,
    format: 'round_robin',
    double: false,
    third_place: false,
    planned_rounds: null,
    groups: null,
    knockout_started: false,
    rules: { sport: 'table_tennis', ...ttDefaults() },
    players: people.map((m, i) => ({ staff_id: m.staff_id, seed: i + 1, name: m.name, department_name: '办公室', group: null })),
    rounds: [
      { round: 1, cycle: 1, matches: [tmatch(11, 1, 2, 3)], byes: [1], complete: false },
      { round: 2, cycle: 1, matches: [tmatch(12, 2, 1, 3)], byes: [2], complete: false },
      { round: 3, cycle: 1, matches: [tmatch(13, 3, 2, 1)], byes: [3], complete: false },
    ],
    standings: {
      kind: 'table_tennis',
      rows: people.map((m) => ({
        place: 1,
        player: m.staff_id,
        played: 0,
        won: 0,
        lost: 0,
        match_points: 0,
        games_won: 0,
        games_lost: 0,
        points_won: 0,
        points_lost: 0,
        points_kept: true,
        decided_by: null,
      })),
    },
    lots: [],
    recorded: 0,
    total: 3,
    finished_at: null,
    ...over,
  }
}

function backend(tournament: Tournament | null, extra: Record<string, Handler> = {}) {
  return fakeBackend({
    get_activity: () => tableTennis,
    activity_signups: () => entries,
    get_tournament: () => tournament,
    ...extra,
  })
}

const open = (role: 'staff' | 'organizer') => mountWithApp(TournamentView, { role, path: '/activities/5/tournament' })

describe('making the draw', () => {
  test('the organizer sees the players in sign-up order and draws with the seeds as moved', async () => {
    const fake = backend(null, { make_tournament_draw: () => drawn() })
    await open('organizer')
    const names = allByTestId('draw-players')[0].querySelectorAll('.el-table__row')
    expect(Array.from(names).map((r) => r.textContent)).toEqual(['1张三办公室', '2李四办公室', '3王五办公室'])

    allByTestId<HTMLButtonElement>('draw-seed-up')[2].click()
    await settle()
    byTestId<HTMLButtonElement>('draw-make')!.click()
    await settle()

    const args = fake.callsOf('make_tournament_draw')[0].args as { activityId: number; input: Record<string, unknown> }
    expect(args.activityId).toBe(5)
    expect(args.input.seeds).toEqual([1, 3, 2])
    expect(args.input.rules).toMatchObject({ sport: 'table_tennis', best_of: 5, game_points: 11 })
    expect(byTestId('round-bye')?.textContent).toContain('本轮轮空：张三')
  })

  test('staff are told the draw is not made yet and get no controls', async () => {
    backend(null)
    await open('staff')
    expect(byTestId('tournament-empty')?.textContent).toContain('组织者还没有编排对阵')
    expect(byTestId('draw-make')).toBeNull()
  })
})

describe('entering results', () => {
  test('an 11:10 game is refused inline with the back end’s reason and the dialog stays open', async () => {
    backend(drawn(), {
      record_match_result: () => {
        throw appError('contests.invalid_game_score', '第 2 局比分 11:10 无效：10 平后须领先 2 分')
      },
    })
    await open('organizer')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    for (const [n, a, b] of [[1, '11', '5'], [2, '11', '10'], [3, '11', '4']] as const) {
      typeInto(`result-game-${n}-a`, a)
      typeInto(`result-game-${n}-b`, b)
    }
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()

    expect(byTestId('result-error')?.textContent).toContain('第 2 局比分 11:10 无效：10 平后须领先 2 分')
    expect(byTestId('result-dialog')).not.toBeNull()
  })

  test('a valid result is sent game by game and the round shows it', async () => {
    const games = [{ a: 11, b: 7 }, { a: 9, b: 11 }, { a: 12, b: 10 }, { a: 11, b: 4 }]
    const after = drawn({ recorded: 1 })
    after.rounds[0] = { ...after.rounds[0], complete: true, matches: [tmatch(11, 1, 2, 3, { result: { sport: 'table_tennis', outcome: { kind: 'played', games } }, games: [3, 1] })] }
    const fake = backend(drawn(), { record_match_result: () => after })
    await open('organizer')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    games.forEach((g, i) => {
      typeInto(`result-game-${i + 1}-a`, String(g.a))
      typeInto(`result-game-${i + 1}-b`, String(g.b))
    })
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()

    expect(fake.callsOf('record_match_result')[0].args).toEqual({
      matchId: 11,
      result: { sport: 'table_tennis', outcome: { kind: 'played', games } },
    })
    expect(byTestId('match-result')?.textContent).toBe('3:1（11:7, 9:11, 12:10, 11:4）')
    expect(byTestId('tournament-progress')?.textContent).toBe('已录入 1 / 3 场')
  })

  test('a walkover is sent with the player who did play as the winner', async () => {
    const fake = backend(drawn(), { record_match_result: () => drawn() })
    await open('organizer')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    byTestId<HTMLElement>('result-kind-walkover')!.querySelector('input')!.click()
    await settle()
    byTestId<HTMLElement>('result-who-0')!.querySelector('input')!.click()
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()

    expect(fake.callsOf('record_match_result')[0].args).toEqual({
      matchId: 11,
      result: { sport: 'table_tennis', outcome: { kind: 'walkover', winner: 3 } },
    })
  })

  test('a match whose points were not kept is sent as its games alone and reads 3:1（未记小分）', async () => {
    const after = drawn({ recorded: 1 })
    after.rounds[0] = { ...after.rounds[0], matches: [tmatch(11, 1, 2, 3, { result: { sport: 'table_tennis', outcome: { kind: 'games_only', a: 3, b: 1 } }, games: [3, 1] })] }
    const rows = after.standings.kind === 'table_tennis' ? after.standings.rows : []
    rows[1] = { ...rows[1], played: 1, won: 1, match_points: 2, games_won: 3, games_lost: 1, points_kept: false }
    const fake = backend(drawn(), { record_match_result: () => after })
    await open('organizer')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    byTestId<HTMLElement>('result-kind-games-only')!.querySelector('input')!.click()
    await settle()
    expect(byTestId('result-game-1-a')).toBeNull()
    typeInto('result-games-a', '3')
    typeInto('result-games-b', '1')
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()

    expect(fake.callsOf('record_match_result')[0].args).toEqual({
      matchId: 11,
      result: { sport: 'table_tennis', outcome: { kind: 'games_only', a: 3, b: 1 } },
    })
    expect(byTestId('match-result')?.textContent).toBe('3:1（未记小分）')
    const standings = Array.from(document.querySelectorAll<HTMLElement>('.el-tabs__item')).find((t) => t.textContent?.includes('积分榜'))
    standings?.click()
    await settle()
    expect(allByTestId('standings-points-partial')).toHaveLength(1)
    expect(byTestId('standings-points-note')?.textContent).toContain('不比较得失分比率')
  })

  test('a games score that cannot end the match is refused inline with the back end’s reason', async () => {
    const reason = '局数 3:3 无效：两人不能都胜 3 局，五局三胜先胜 3 局的一方即赢下本场'
    backend(drawn(), { record_match_result: () => { throw appError('contests.invalid_match', reason) } })
    await open('organizer')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    byTestId<HTMLElement>('result-kind-games-only')!.querySelector('input')!.click()
    await settle()
    typeInto('result-games-a', '3')
    typeInto('result-games-b', '3')
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()
    expect(byTestId('result-error')?.textContent).toContain(reason)
    expect(byTestId('result-dialog')).not.toBeNull()
  })

  test('staff see the rounds and standings but cannot enter results', async () => {
    backend(drawn())
    await open('staff')
    expect(byTestId('round-table')).not.toBeNull()
    expect(byTestId('match-enter')).toBeNull()
    expect(byTestId('tournament-finish')).toBeNull()
  })
})

describe('象棋', () => {
  function chessTournament(): Tournament {
    const t = drawn({ rules: { sport: 'chess', ...chessDefaults() } })
    t.standings = {
      kind: 'chess',
      rows: people.map((m, i) => ({
        place: i + 1,
        player: m.staff_id,
        score: 4 - 2 * i > 0 ? 4 - 2 * i : 0,
        wins: 2 - i > 0 ? 2 - i : 0,
        draws: 0,
        losses: i,
        byes: 0,
        tie_breaks: chessDefaults().tie_breaks.map((kind) =>
          kind === 'direct_encounter' ? { kind, value: null, shown: '—' } : { kind, value: 3 - i, shown: String(3 - i) },
        ),
        by_lot: false,
        shared: false,
      })),
    }
    return t
  }

  test('a game is entered as 红胜 / 和棋 / 黑胜 or a forfeit, from 红方’s side', async () => {
    const fake = fakeBackend({
      get_activity: () => activity({ kind: 'chess', title: '象棋赛' }),
      activity_signups: () => entries,
      get_tournament: () => chessTournament(),
      record_match_result: () => chessTournament(),
    })
    await open('organizer')
    expect(byTestId('round-table')?.textContent).toContain('红方')
    byTestId<HTMLButtonElement>('match-enter')!.click()
    await settle()
    byTestId<HTMLElement>('result-chess-black_wins_by_forfeit')!.querySelector('input')!.click()
    await settle()
    byTestId<HTMLButtonElement>('result-save')!.click()
    await settle()

    expect(fake.callsOf('record_match_result')[0].args).toEqual({ matchId: 11, result: { sport: 'chess', outcome: 'black_wins_by_forfeit' } })
  })

  test('the standings show the score and each tie-break in the organizer’s order', async () => {
    fakeBackend({
      get_activity: () => activity({ kind: 'chess', title: '象棋赛' }),
      activity_signups: () => entries,
      get_tournament: () => chessTournament(),
    })
    await open('staff')
    const header = document.querySelector('[data-testid="standings-table"] .el-table__header')?.textContent
    expect(header).toContain('得分胜和负对手分累进分直胜索伯分')
    const rows = Array.from(document.querySelectorAll('[data-testid="standings-table"] .el-table__row')).map((r) => r.textContent)
    expect(rows[0]).toBe('1张三办公室420033—3')
    expect(byTestId('standings-note')?.textContent).toContain('对手分、累进分、直胜、索伯分')
  })
})

describe('淘汰赛', () => {
  function knockout(): Tournament {
    const [a, b, c] = people.map((m) => m.staff_id)
    return drawn({
      format: 'knockout',
      third_place: false,
      rounds: [
        { round: 1, cycle: 1, matches: [tmatch(21, 1, b, c, { board: 2, result: { sport: 'table_tennis', outcome: { kind: 'walkover', winner: c } }, games: [0, 3] })], byes: [a], complete: true },
        { round: 2, cycle: 1, matches: [tmatch(22, 2, a, c)], byes: [], complete: false },
      ],
      standings: {
        kind: 'knockout',
        rows: [
          { place: null, player: a, lost_in: null },
          { place: null, player: c, lost_in: null },
          { place: 3, player: b, lost_in: 1 },
        ],
      },
      recorded: 1,
      total: 2,
    })
  }

  test('the draw can be a knockout with a match for third place', async () => {
    const fake = backend(null, { make_tournament_draw: () => knockout() })
    await open('organizer')
    byTestId<HTMLElement>('draw-format-knockout')!.querySelector('input')!.click()
    await settle()
    expect(byTestId('draw-third-place')).not.toBeNull()
    byTestId<HTMLButtonElement>('draw-make')!.click()
    await settle()

    const input = (fake.callsOf('make_tournament_draw')[0].args as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ format: 'knockout', third_place: true, double: false })
  })

  test('rounds are named by the bracket and the places show who is still in', async () => {
    backend(knockout())
    await open('staff')
    const tabs = Array.from(document.querySelectorAll('.el-tabs__item')).map((e) => e.textContent)
    expect(tabs).toEqual(['半决赛', '决赛', '积分榜'])
    const rows = Array.from(document.querySelectorAll('[data-testid="standings-table"] .el-table__row')).map((r) => r.textContent)
    expect(rows[0]).toBe('—张三办公室仍在比赛中')
    expect(rows[2]).toBe('3李四办公室半决赛')
  })
})

describe('drawing lots for a final tie', () => {
  test('the organizer orders the tied players and the standings follow the saved order', async () => {
    const [a, b, c] = people.map((m) => m.staff_id)
    const tied = drawn({ recorded: 3, rules: { sport: 'chess', ...chessDefaults() } })
    tied.rounds = tied.rounds.map((r) => ({ ...r, complete: true }))
    const row = (place: number, player: number, by_lot = false) => ({ place, player, score: 2, wins: 1, draws: 0, losses: 1, byes: 0, tie_breaks: [], by_lot, shared: !by_lot })
    tied.standings = { kind: 'chess', rows: [row(1, a), row(1, b), row(1, c)] }
    const fake = backend(tied, { set_tournament_lots: () => ({ ...tied, standings: { kind: 'chess', rows: [row(1, c, true), row(2, a, true), row(3, b, true)] } }) })
    await open('organizer')

    byTestId<HTMLButtonElement>('tournament-lots')!.click()
    await settle()
    allByTestId<HTMLButtonElement>('lots-up')[2].click()
    await settle()
    allByTestId<HTMLButtonElement>('lots-up')[1].click()
    await settle()
    byTestId<HTMLButtonElement>('lots-save')!.click()
    await settle()

    expect(fake.callsOf('set_tournament_lots')[0].args).toEqual({ activityId: 5, lots: [c, a, b] })
    const rows = Array.from(document.querySelectorAll('[data-testid="standings-table"] .el-table__row')).map((r) => r.textContent)
    expect(rows[0]).toContain('1抽签王五')
  })
})

describe('瑞士制', () => {
  function swissAfterRound1(): Tournament {
    const [a, b, c] = people.map((m) => m.staff_id)
    const played = { sport: 'chess' as const, outcome: 'red_wins' as const }
    return drawn({
      format: 'swiss',
      planned_rounds: 3,
      rules: { sport: 'chess', ...chessDefaults() },
      rounds: [{ round: 1, cycle: 1, matches: [tmatch(31, 1, a, b, { result: played })], byes: [c], complete: true }],
      standings: { kind: 'chess', rows: [] },
      recorded: 1,
      total: 1,
    })
  }

  test('the next round is paired on request once the round is complete, and finishing waits for the last round', async () => {
    const [a, b, c] = people.map((m) => m.staff_id)
    const after = swissAfterRound1()
    after.rounds = [...after.rounds, { round: 2, cycle: 1, matches: [tmatch(32, 2, c, a)], byes: [b], complete: false }]
    after.total = 2
    const fake = backend(swissAfterRound1(), { pair_next_round: () => after })
    await open('organizer')
    expect(byTestId('tournament-swiss')?.textContent).toContain('瑞士制 共 3 轮，已编排 1 轮')
    expect(byTestId<HTMLButtonElement>('tournament-finish')!.disabled).toBe(true)

    byTestId<HTMLButtonElement>('tournament-next-round')!.click()
    await settle()

    expect(fake.callsOf('pair_next_round')[0].args).toEqual({ activityId: 5 })
    expect(byTestId('tournament-next-round')).toBeNull()
    const tabs = Array.from(document.querySelectorAll('.el-tabs__item.is-active')).map((e) => e.textContent)
    expect(tabs).toEqual(['第2轮'])
  })

  test('the draw offers Swiss for 象棋 with the default number of rounds', async () => {
    const fake = fakeBackend({
      get_activity: () => activity({ kind: 'chess', title: '象棋赛' }),
      activity_signups: () => entries,
      get_tournament: () => null,
      make_tournament_draw: () => swissAfterRound1(),
    })
    await open('organizer')
    byTestId<HTMLElement>('draw-format-swiss')!.querySelector('input')!.click()
    await settle()
    byTestId<HTMLButtonElement>('draw-make')!.click()
    await settle()

    const input = (fake.callsOf('make_tournament_draw')[0].args as { input: Record<string, unknown> }).input
    // Three players: ⌈log₂ 3⌉ + 1 = 3 rounds, also the most without a rematch.
    expect(input).toMatchObject({ format: 'swiss', rounds: 3, double: false, third_place: false })
  })
})

describe('小组赛 + 淘汰赛', () => {
  test('the group stage shows each group, and the knockout is started once every group match is in', async () => {
    const [a, b, c] = people.map((m) => m.staff_id)
    const played = { sport: 'table_tennis' as const, outcome: { kind: 'walkover' as const, winner: a } }
    const groups = drawn({
      format: 'groups_knockout',
      groups: { groups: 1, advance: 2 },
      rounds: [{ round: 1, cycle: 1, matches: [tmatch(41, 1, a, b, { group: 'A', result: played, games: [3, 0] })], byes: [c], complete: true }],
      standings: {
        kind: 'groups',
        rows: {
          groups: [
            {
              label: 'A',
              rows: [a, b, c].map((player, i) => ({ place: i + 1, player, played: 1, won: 1, lost: 0, match_points: 2, games_won: 3, games_lost: 0, points_won: 33, points_lost: 0, points_kept: true, decided_by: 'match_points' as const })),
            },
          ],
          knockout: [],
        },
      },
      recorded: 1,
      total: 1,
    })
    const started = { ...groups, knockout_started: true }
    const fake = backend(groups, { start_knockout: () => started })
    await open('organizer')
    expect(document.querySelector('.el-tabs__item')?.textContent).toBe('小组赛第1轮')
    expect(byTestId('round-table')?.textContent).toContain('A 组')
    expect(byTestId('group-A')?.textContent).toContain('A 组')
    expect(byTestId<HTMLButtonElement>('tournament-finish')!.disabled).toBe(true)

    byTestId<HTMLButtonElement>('tournament-start-knockout')!.click()
    await settle()

    expect(fake.callsOf('start_knockout')[0].args).toEqual({ activityId: 5 })
    expect(byTestId('tournament-start-knockout')).toBeNull()
  })

  test('the draw sends the number of groups and how many go through', async () => {
    const fake = backend(null, { make_tournament_draw: () => drawn() })
    await open('organizer')
    byTestId<HTMLElement>('draw-format-groups')!.querySelector('input')!.click()
    await settle()
    byTestId<HTMLButtonElement>('draw-make')!.click()
    await settle()
    const input = (fake.callsOf('make_tournament_draw')[0].args as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ format: 'groups_knockout', groups: { groups: 2, advance: 2 }, third_place: true })
  })
})
