// 评先选优 commands: categories, nominations, voting rounds, the kiosk, the tally and the 公示.
import { call, type CallOptions } from '@/api/ipc'
import type { Ballot } from '@/bindings/Ballot'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { HonorAward } from '@/bindings/HonorAward'
import type { HonorCandidateList } from '@/bindings/HonorCandidateList'
import type { HonorCategory } from '@/bindings/HonorCategory'
import type { HonorCategoryInput } from '@/bindings/HonorCategoryInput'
import type { HonorObjectionInput } from '@/bindings/HonorObjectionInput'
import type { HonorPublicity } from '@/bindings/HonorPublicity'
import type { Nomination } from '@/bindings/Nomination'
import type { NominationFile } from '@/bindings/NominationFile'
import type { NominationInput } from '@/bindings/NominationInput'
import type { PaperCount } from '@/bindings/PaperCount'
import type { PaperRole } from '@/bindings/PaperRole'
import type { PaperStatus } from '@/bindings/PaperStatus'
import type { SessionInfo } from '@/bindings/SessionInfo'
import type { VoteTally } from '@/bindings/VoteTally'
import type { VotingRound } from '@/bindings/VotingRound'
import type { VotingRoundInput } from '@/bindings/VotingRoundInput'
import type { VotingRoundVoterGroup } from '@/bindings/VotingRoundVoterGroup'
import type { VotingTurnout } from '@/bindings/VotingTurnout'

export const honorCategories = (year: number, options?: CallOptions) =>
  call<HonorCategory[]>('honor_categories', { year }, options)
export const seedHonorCategories = (year: number) => call<HonorCategory[]>('seed_honor_categories', { year })
export const createHonorCategory = (input: HonorCategoryInput, options?: CallOptions) =>
  call<HonorCategory>('create_honor_category', { input }, options)
export const updateHonorCategory = (id: number, input: HonorCategoryInput, options?: CallOptions) =>
  call<HonorCategory>('update_honor_category', { id, input }, options)

export const honorNominations = (categoryId: number) => call<Nomination[]>('honor_nominations', { categoryId })
export const honorCandidates = (categoryId: number) => call<HonorCandidateList>('honor_candidates', { categoryId })
export const nominate = (input: NominationInput, options?: CallOptions) =>
  call<Nomination>('nominate', { input }, options)
export const selfNominate = (categoryId: number, staffId: number, pin: string | null, deeds: string, options?: CallOptions) =>
  call<Nomination>('self_nominate', { categoryId, staffId, pin, deeds }, options)
export const reviewNomination = (id: number, passed: boolean, reason: string, options?: CallOptions) =>
  call<Nomination>('review_nomination', { id, passed, reason }, options)

export const nominationFiles = (nominationId: number) =>
  call<NominationFile[]>('nomination_files', { nominationId }, { quiet: true })
/** 推荐附件: the bytes as the raw body; the nomination and the name travel in headers. */
export const addNominationFile = (nominationId: number, fileName: string, bytes: Uint8Array) =>
  call<NominationFile>('add_nomination_file', bytes, {
    headers: { 'nomination-id': String(nominationId), 'file-name': encodeURIComponent(fileName) },
  })
export const nominationFileBytes = (fileId: number) =>
  call<ArrayBuffer>('nomination_file_bytes', { fileId }, { quiet: true })
export const removeNominationFile = (fileId: number) => call<void>('remove_nomination_file', { fileId })

export const votingRounds = (categoryId: number) => call<VotingRound[]>('voting_rounds', { categoryId })
export const createVotingRound = (input: VotingRoundInput, options?: CallOptions) =>
  call<VotingRound>('create_voting_round', { input }, options)
export const updateVotingRound = (id: number, input: VotingRoundInput, options?: CallOptions) =>
  call<VotingRound>('update_voting_round', { id, input }, options)
/** 删除 a draft round (refused once it opened). */
export const deleteVotingRound = (id: number) => call<void>('delete_voting_round', { id })
/** 投票人名单 by 科室: who may vote, never who did. */
export const votingRoundVoters = (id: number, options?: CallOptions) =>
  call<VotingRoundVoterGroup[]>('voting_round_voters', { id }, options)
export const removeRoundVoter = (id: number, staffId: number) =>
  call<VotingRound>('remove_round_voter', { id, staffId })
/** 开始投票: answers with the round's codes for the slips. */
export const openVotingRound = (id: number) => call<string[]>('open_voting_round', { id })
/** The unused codes for the slips: refused with `ballot.reprint_needs_reason` once a ballot is cast. */
export const ballotCodes = (id: number, options?: CallOptions) => call<string[]>('ballot_codes', { id }, options)
/** 补印选票码 after voting began, with a reason (logged, counted in the result report). */
export const reprintBallotCodes = (id: number, reason: string, options?: CallOptions) =>
  call<string[]>('reprint_ballot_codes', { id, reason }, options)
export const closeVotingRound = (id: number) => call<VotingRound>('close_voting_round', { id })
export const votingTurnout = (id: number) => call<VotingTurnout>('voting_turnout', { id })
export const votingTally = (id: number, options?: CallOptions) => call<VoteTally>('voting_tally', { id }, options)
export const exportVotingTally = (id: number) => call<ExportedFile>('export_voting_tally', { id })
export const enterPaperCount = (id: number, role: PaperRole, count: PaperCount, options?: CallOptions) =>
  call<PaperStatus>('enter_paper_count', { id, role, count }, options)
export const paperStatus = (id: number, options?: CallOptions) => call<PaperStatus>('paper_status', { id }, options)
export const openRunoff = (id: number) => call<VotingRound>('open_runoff', { id })

export const honorPublicity = (categoryId: number) => call<HonorPublicity | null>('honor_publicity', { categoryId })
/** `from` is a date 'YYYY-MM-DD'. */
export const startPublicity = (categoryId: number, from: string, objectionsTo: string, options?: CallOptions) =>
  call<HonorPublicity>('start_publicity', { categoryId, from, objectionsTo }, options)
export const addObjection = (categoryId: number, input: HonorObjectionInput, options?: CallOptions) =>
  call<HonorPublicity>('add_objection', { categoryId, input }, options)
export const resolveObjection = (id: number, resolution: string, upheld: boolean, options?: CallOptions) =>
  call<HonorPublicity>('resolve_objection', { id, resolution, upheld }, options)
export const confirmPublicity = (categoryId: number) => call<HonorPublicity>('confirm_publicity', { categoryId })
export const honorAwards = (year: number, options?: CallOptions) => call<HonorAward[]>('honor_awards', { year }, options)
export const staffHonors = (staffId: number, options: CallOptions = { quiet: true }) =>
  call<HonorAward[]>('staff_honors', { staffId }, options)

export const enterKiosk = (id: number) => call<SessionInfo>('enter_kiosk', { id })
export const kioskBallot = (options?: CallOptions) => call<VotingRound>('kiosk_ballot', {}, options)
export const kioskCheckCode = (code: string, options?: CallOptions) =>
  call<VotingRound>('kiosk_check_code', { code }, options)
export const kioskCast = (code: string, ballot: Ballot, options?: CallOptions) =>
  call<void>('kiosk_cast', { code, ballot }, options)
