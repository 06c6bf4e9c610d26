// Vite client types for the components: CSS side-effect imports and ?raw / ?url modules.
/// <reference types="vite/client" />
