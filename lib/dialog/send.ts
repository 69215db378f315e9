/** The dialog's typed channel to the background. */
export { sendFromDialog as ask } from '../messaging/send';
