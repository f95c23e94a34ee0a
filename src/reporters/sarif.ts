import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import { STREAMED, streamJson, type Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', major: 'error', minor: 'warning' };

/**
 * A path relative to the working directory (%SRCROOT%), which code scanning places in the repository; an
 * absolute path inside the working directory is made relative, one outside it stays a file:// URI.
 */
function artifact(path: string): { uri: string; uriBaseId?: string } {
  let relativePath = path;
  if (isAbsolute(path)) {
    relativePath = relative(process.cwd(), path);
    if (relativePath.startsWith('..') || isAbsolute(relativePath)) return { uri: pathToFileURL(path).href };
  }
  return { uri: relativePath.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * The rule's page as the published package serves it (docs/rules is in the tarball): versioned,
 * so a report links to the page of the release that wrote it.
 */
export function ruleHelpUri(ruleId: string, version: string): string {
  return `https://unpkg.com/mtlint@${version}/docs/rules/${ruleId}.md`;
}

/** SARIF 2.1.0: one run, every rule described from its metadata, one result per finding. */
export const sarifReporter: Reporter = function* (report) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const results = flatMap(report.documents, (doc) =>
    doc.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(doc.path),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.text } },
          },
          logicalLocations: [{ name: doc.id, kind: 'module' }],
        },
      ],
      ...(f.related
        ? {
            relatedLocations: f.related.map((r, i) => ({
              id: i + 1,
              message: { text: r.message },
              physicalLocation: {
                artifactLocation: artifact(r.path),
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn, snippet: { text: r.text } },
              },
            })),
          }
        : {}),
      ...(f.suggestion !== undefined ? { properties: { suggestion: f.suggestion, severity: f.severity, category: f.category } } : { properties: { severity: f.severity, category: f.category } }),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.suggestion === '' ? `Delete: ${f.text}` : `Replace with: ${f.suggestion}` },
                artifactChanges: [
                  {
                    artifactLocation: artifact(doc.path),
                    replacements: f.fix.replacements.map((r) => ({
                      deletedRegion: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                      insertedContent: { text: r.text },
                    })),
                  },
                ],
              },
            ],
          }
        : {}),
      partialFingerprints: { 'mtlintFingerprint/v1': f.fingerprint },
    })),
  );
  const notifications = [];
  for (const d of report.documents) {
    if (d.status === 'ok') continue;
    notifications.push({
      level: 'error',
      message: { text: `${d.status === 'skipped' ? 'skipped' : 'not checked'}: ${d.error ?? ''}${d.id !== d.path ? ` (${d.id})` : ''}` },
      locations: [{ physicalLocation: { artifactLocation: artifact(d.path) } }],
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtlint',
            version: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/mtlint',
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              helpUri: ruleHelpUri(r.meta.id, report.tool.version),
              help: {
                text: `${r.meta.description} Category: ${r.meta.category}. Documentation: docs/rules/${r.meta.id}.md in the mtlint package.`,
                markdown: `${r.meta.description}\n\nCategory: \`${r.meta.category}\`. See [docs/rules/${r.meta.id}.md](${ruleHelpUri(r.meta.id, report.tool.version)}).`,
              },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { category: r.meta.category, severity: r.meta.severity, tags: ['translation-quality', r.meta.category] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.timestamp ? { endTimeUtc: report.timestamp } : {}),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working directory mtlint ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results: STREAMED,
      },
    ],
  };
  yield* streamJson(log, results);
  yield '\n';
};

function* flatMap<T, U>(items: Iterable<T>, map: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* map(item);
}
