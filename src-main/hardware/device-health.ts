/** The health schema is part of the API contract; the hardware layer reports in its terms. */
export { DeviceHealth, DeviceInterface, DeviceKind } from '../api/channels/devices';
