// Holiday lists for business calendars: the built-in public holidays of a country
// (country-holidays.ts), or the user's own list as CSV or an ICS calendar
// (holiday-files.ts). A given list replaces the built-in one.
export { builtInHolidays } from './country-holidays';
export { loadHolidays } from './holiday-files';
