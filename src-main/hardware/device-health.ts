/** The health schema is part of the API contract; the hardware layer reports in its terms. */
export { DeviceHealth, DeviceKind } from '../api/channels/devices';
