// 职工自助 commands: each carries the person and (when PINs are on) their PIN.
import { call, type CallOptions } from '@/api/ipc'
import type { Activity } from '@/bindings/Activity'
import type { HonorMyNomination } from '@/bindings/HonorMyNomination'
import type { Member } from '@/bindings/Member'
import type { PinBatchInput } from '@/bindings/PinBatchInput'
import type { PinSlip } from '@/bindings/PinSlip'
import type { MyActivity } from '@/bindings/MyActivity'
import type { Signup } from '@/bindings/Signup'

/** Who is acting: the person chosen in the identify dialog. */
export interface Self {
  staffId: number
  pin: string | null
}

export function selfSignUp(activityId: number, self: Self, options?: CallOptions) {
  return call<Signup>('self_sign_up', { activityId, staffId: self.staffId, pin: self.pin }, options)
}

/** Cancels one's place, or leaves the waitlist. */
export function selfCancelSignup(signupId: number, self: Self, options?: CallOptions) {
  return call<Activity>('self_cancel_signup', { signupId, staffId: self.staffId, pin: self.pin }, options)
}

/** 我的活动; also how the identify dialog checks the PIN. */
export function myActivities(self: Self, options?: CallOptions) {
  return call<MyActivity[]>('my_activities', { staffId: self.staffId, pin: self.pin }, options)
}

/** 我的推荐: one's own nominations, with why one was not passed. */
export function myNominations(self: Self, options?: CallOptions) {
  return call<HonorMyNomination[]>('my_nominations', { staffId: self.staffId, pin: self.pin }, options)
}

export function selfSetReflection(memberId: number, self: Self, reflection: string, options?: CallOptions) {
  return call<Member>('self_set_reflection', { memberId, staffId: self.staffId, pin: self.pin, reflection }, options)
}

/** 批量生成 PIN (organizer): the plain PINs come back only in this answer, for the slips. */
export function issueStaffPins(input: PinBatchInput, options?: CallOptions) {
  return call<PinSlip[]>('issue_staff_pins', { input }, options)
}
