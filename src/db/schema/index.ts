export * from './app-setting.table';
export * from './audit.table';
export * from './call.table';
export * from './institution.table';
export * from './outbox.table';
export * from './session.table';
export * from './user.table';
