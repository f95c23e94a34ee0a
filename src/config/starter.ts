/** The commented starter configuration `mtlint init` writes (JSON with comments, as mtlint reads it). */
export const STARTER_CONFIG = `{
  // mtlint configuration. Every key is optional; command-line flags win over this file.
  // Documentation: README.md ("The configuration file") and docs/rules/<rule-id>.md.

  // Quality gate: a document scoring below this (0–100) fails.
  "threshold": 90,
  // A finding of at least this severity fails its document: "minor", "major", "critical" or "none".
  "failOn": "critical",
  // More findings than this in the whole run fail the gate (null: no limit).
  "maxFindings": null,

  // Rules: "off", "on", or a severity that replaces the rule's default ("minor", "major", "critical").
  // List them all with: mtlint rules
  "rules": {
    // "english-word": "off",
    // "straight-quotes": "major"
  },

  // Thresholds of the duplicate rules (see docs/measurements/duplicates.md for how they were chosen).
  "ruleOptions": {
    "nearDuplicateThreshold": 0.85,
    "minRepeatParagraphWords": 8,
    "minRepeatSentenceWords": 12
  },

  // Score = max(0, 100 − sensitivity × penalty per 100 words); texts under minWords count as minWords long.
  "scoring": {
    "weights": { "minor": 1, "major": 5, "critical": 25 },
    "minWords": 100,
    "sensitivity": 5
  },

  // Field names of JSON/JSONL feed items; the first one present wins.
  "fields": {
    "id": ["id", "guid", "doc_id", "url", "link"],
    "title": ["title", "headline"],
    "body": ["body", "text", "content", "description", "article", "target_text"],
    "source": ["source", "source_text"],
    "sourceTitle": ["source_title"]
  },

  // Globs for the files found when walking folders.
  "include": [],
  "exclude": ["**/*.expected.json", "**/mtlint.config.json", "**/*.baseline.json"],

  // House terms: accepted English (never flagged as English), and terms always flagged.
  "terms": {
    "accepted": [],
    "flagged": []
  }
}
`;
