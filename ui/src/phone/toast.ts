// Vant's toasts and dialogs, called from scripts (their styles are imported by main.ts: functions
// are not resolved like components, and the unit tests cannot load CSS from Vant's files).
export { showConfirmDialog, showFailToast, showSuccessToast } from 'vant'
