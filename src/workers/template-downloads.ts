import { allTemplateTables, templateFile, type TemplateFile } from '../domain/import/templates';

/** One downloadable template: its link text and its file. */
export interface TemplateDownload {
  label: string;
  file: TemplateFile;
}

/** A template of every table shape, as CSV and as XLSX, in the order the page lists them. */
export function templateDownloads(): TemplateDownload[] {
  return allTemplateTables().flatMap((template) =>
    (['csv', 'xlsx'] as const).map((format) => ({
      label: `${template.title} template (${format.toUpperCase()})`,
      file: templateFile(template, format),
    })),
  );
}
