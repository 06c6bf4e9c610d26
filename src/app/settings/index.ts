// What the shell mounts for settings: the storage panel and the storage facts it reads.
export { StorageSettings, type StorageSettingsProps } from './StorageSettings';
export { formatBytes, type StorageInfo, storageInfo } from './storage-info';
