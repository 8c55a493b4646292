export * from './channels/devices';
export * from './channels/system';
export * from './codes';
export * from './contract';
export * from './define';
export * from './errors';
export * from './roles';
export * from './wire';
