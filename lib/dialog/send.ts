/** The dialog's typed channel to the background. */
export { sendToBackground as ask } from '../messaging/send';
