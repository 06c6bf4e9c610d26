// date-holidays publishes its data module without types, and date-holidays-parser its
// types as an ambient module that its exports map does not point to.
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />

declare module 'date-holidays/data' {
  export const data: object;
}
