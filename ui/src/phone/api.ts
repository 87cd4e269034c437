// The phone page's one door to the workbench: fetch() with URLs relative to the page (it is served
// under /m/<token>/, so `api/...` carries the token), JSON both ways, and the server's plain
// Chinese `{code, message}` as the error. Every call but the vote's carries the phone session as
// `Authorization: Bearer`; a 401 ends the session and sends the person to 登录.
import type { Activity } from '@/bindings/Activity'
import type { AppError } from '@/bindings/AppError'
import type { Ballot } from '@/bindings/Ballot'
import type { Member } from '@/bindings/Member'
import type { MyActivity } from '@/bindings/MyActivity'
import type { PhoneInfo } from '@/bindings/PhoneInfo'
import type { PhoneLogin } from '@/bindings/PhoneLogin'
import type { PhoneSession } from '@/bindings/PhoneSession'
import type { Pledge } from '@/bindings/Pledge'
import type { PledgeInput } from '@/bindings/PledgeInput'
import type { PledgeRound } from '@/bindings/PledgeRound'
import type { RateableOwner } from '@/bindings/RateableOwner'
import type { RatingInput } from '@/bindings/RatingInput'
import type { Signup } from '@/bindings/Signup'
import type { VotingRound } from '@/bindings/VotingRound'
import { phoneI18n } from './i18nSetup'
import { phoneSession } from './session'

/** Code of a request that never reached the workbench (window closed, phone off the network). */
export const OFFLINE = 'lan.offline'
/** Code the server gives a missing or ended phone session. */
export const LOGIN_REQUIRED = 'lan.login_required'

/** A refusal: `message` is for people (plain Chinese from the server), `code` is stable. */
export class PhoneError extends Error implements AppError {
  readonly code: string
  readonly status: number

  constructor(code: string, message: string, status: number) {
    super(message)
    this.name = 'PhoneError'
    this.code = code
    this.status = status
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.code === 'string' && typeof v.message === 'string' && v.message !== ''
}

/** The readable message of anything caught around a request. */
export function errorMessage(e: unknown): string {
  return e instanceof PhoneError ? e.message : phoneI18n.global.t('phone.error.unexpected')
}

let loginRequired: ((message: string) => void) | null = null

/** What happens when the server no longer knows the phone session (the router sends to 登录). */
export function onLoginRequired(handler: (message: string) => void): void {
  loginRequired = handler
}

interface RequestOptions {
  body?: unknown
  /** Send the phone session (every call but the vote's). */
  auth?: boolean
  /** A 401 sends the person to 登录 (not when they are logging out anyway). */
  relogin?: boolean
}

async function request<T>(method: 'GET' | 'POST', path: string, { body, auth = true, relogin = true }: RequestOptions = {}): Promise<T> {
  const t = phoneI18n.global.t
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth && phoneSession.token) headers.Authorization = `Bearer ${phoneSession.token}`
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
  } catch {
    throw new PhoneError(OFFLINE, t('phone.error.offline'), 0)
  }
  const text = await response.text()
  let data: unknown = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (response.ok) return data as T
  // A wrong token or a path the server does not know is a bare 404: the window has ended.
  const error = isAppError(data)
    ? new PhoneError(data.code, data.message, response.status)
    : new PhoneError(response.status === 404 ? OFFLINE : 'lan.http', t(response.status === 404 ? 'phone.error.offline' : 'phone.error.unexpected'), response.status)
  if (response.status === 401 && auth) {
    phoneSession.clear()
    if (relogin) loginRequired?.(error.message)
  }
  throw error
}

const get = <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options)
const post = <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>('POST', path, { ...options, body })

export const phoneInfo = () => get<PhoneInfo>('api/info', { auth: false })
export const login = (input: PhoneLogin) => post<PhoneSession>('api/login', input, { auth: false })
export const logout = () => post<null>('api/logout', undefined, { relogin: false })

export const openActivities = () => get<Activity[]>('api/activities')
export const signUp = (activityId: number) => post<Signup>(`api/activities/${activityId}/signup`)
export const cancelSignup = (signupId: number) => post<Activity>(`api/signups/${signupId}/cancel`)

export const myActivities = () => get<MyActivity[]>('api/my/activities')
export const setReflection = (signupId: number, reflection: string) =>
  post<Member>(`api/my/signups/${signupId}/reflection`, { reflection })

export const myPledge = () => get<Pledge | null>('api/pledges/mine')
export const publishPledge = (input: PledgeInput) => post<Pledge>('api/pledges', input)

export const pledgeRounds = () => get<PledgeRound[]>('api/pledge-rounds')
export const rateableOwners = (roundId: number) => get<RateableOwner[]>(`api/pledge-rounds/${roundId}/rateable`)
export const ratePledge = (input: RatingInput) => post<RateableOwner>('api/pledge-ratings', input)

// 投票: no phone session, nothing about the phone.
export const openVotes = () => get<VotingRound[]>('api/votes', { auth: false })
export const checkCode = (roundId: number, code: string) => post<VotingRound>(`api/votes/${roundId}/check`, { code }, { auth: false })
export const castBallot = (roundId: number, code: string, ballot: Ballot) =>
  post<null>(`api/votes/${roundId}/cast`, { code, ballot }, { auth: false })
