/** The one IPC channel on which main pushes contract events to the renderer. */
export const EVENT_IPC_CHANNEL = 'kiosk:event';
