// The fast importer (being edited elsewhere) still imports the threshold from here; once it
// imports ../summarise-issues directly, this file can go.
export { SUMMARY_THRESHOLD } from '../summarise-issues';
