import { MAX_ARTICLE_CHARS, tooLongMessage, type ItemError, type RawItem, type Splitter } from '../types.js';
import { PositionTracker } from './position.js';

/** Markup whose content is not searched for items. */
const OPAQUE: Array<[open: string, close: string]> = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom: each <item> (Atom: <entry>) element is cut
 * out as the feed streams, skipping comments and CDATA sections; the root
 * element is checked first, so a file of another kind fails at once.
 */
export class FeedSplitter implements Splitter {
  readonly errors: ItemError[] = [];
  private readonly tracker = new PositionTracker();
  private buffer = '';
  /** Absolute offset of the buffer's first character. */
  private at = 0;
  /** Where the search goes on in the buffer. */
  private cursor = 0;
  private itemTag: RegExp | undefined;
  private item: { start: number; end: RegExp; /** past MAX_ARTICLE_CHARS: no longer kept, reported (where it starts) when it ends */ tooLong?: { line: number; column: number } } | undefined;
  private index = 0;
  /**
   * Waiting at the cursor for the end of a comment, CDATA section or tag that the next chunk
   * continues: where the search for it goes on (absolute), so a long one is searched once.
   */
  private searchedTo = -1;

  push(chunk: string): RawItem[] {
    this.tracker.advance(chunk, this.at + this.buffer.length);
    this.buffer += chunk;
    const items = this.scan();
    if (this.item && !this.item.tooLong && this.at + this.buffer.length - this.item.start > MAX_ARTICLE_CHARS) this.item.tooLong = this.tracker.position(this.item.start);
    // Keep only what is still needed: the open item, or the undecided tail.
    const keepFrom = this.item && !this.item.tooLong ? this.item.start - this.at : this.cursor;
    this.buffer = this.buffer.slice(keepFrom);
    this.at += keepFrom;
    this.cursor -= keepFrom;
    this.tracker.discard(this.at);
    return items;
  }

  end(): RawItem[] {
    const items = this.scan();
    if (!this.itemTag) throw new Error('not an RSS or Atom feed (no root element)');
    if (this.item) {
      const where = this.tracker.position(this.item.start);
      this.errors.push({ id: `item ${this.index + 1}`, line: where.line, column: where.column, message: `the feed ends inside item ${this.index + 1} (no closing tag)` });
    }
    return items;
  }

  private scan(): RawItem[] {
    const items: RawItem[] = [];
    const { buffer } = this;
    while (this.cursor < buffer.length) {
      const lt = buffer.indexOf('<', this.cursor);
      if (lt < 0) {
        this.cursor = buffer.length;
        break;
      }
      const resumeAt = (from: number): number => Math.max(from, this.searchedTo - this.at);
      const wait = (needle: string): void => {
        this.cursor = lt; // wait for the rest
        this.searchedTo = this.at + Math.max(lt, buffer.length - needle.length + 1);
      };
      const opaque = OPAQUE.find(([open]) => buffer.startsWith(open, lt));
      if (opaque) {
        const close = buffer.indexOf(opaque[1], resumeAt(lt + opaque[0].length));
        if (close < 0) {
          wait(opaque[1]);
          break;
        }
        this.searchedTo = -1;
        this.cursor = close + opaque[1].length;
        continue;
      }
      const tagEnd = buffer.indexOf('>', resumeAt(lt));
      if (tagEnd < 0) {
        wait('>'); // the rest of the tag
        break;
      }
      this.searchedTo = -1;
      if (!this.itemTag) {
        const root = /^<([\w.-]+(?::[\w.-]+)?)/.exec(buffer.slice(lt, tagEnd + 1));
        if (!root) {
          this.cursor = lt + 1;
          continue;
        }
        const name = root[1].toLowerCase();
        const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
        if (!['rss', 'feed', 'rdf'].includes(local)) throw new Error(`not an RSS or Atom feed (root element is <${root[1]}>)`);
        this.itemTag = new RegExp(`^<(/?)((?:[\\w.-]+:)?${local === 'feed' ? 'entry' : 'item'})(?=[\\s>/])`, 'i');
        this.cursor = lt + 1;
        continue;
      }
      const tag = this.itemTag.exec(buffer.slice(lt, Math.min(tagEnd + 1, lt + 100)));
      if (tag && tag[1] === '' && !this.item) {
        if (buffer[tagEnd - 1] === '/') {
          this.emit(items, lt, tagEnd + 1);
        } else {
          this.item = { start: this.at + lt, end: new RegExp(`^</${tag[2]}\\s*>`, 'i') };
        }
      } else if (tag && tag[1] === '/' && this.item && this.item.end.test(buffer.slice(lt, tagEnd + 1))) {
        const { start } = this.item;
        const tooLong = this.item.tooLong ?? (this.at + tagEnd + 1 - start > MAX_ARTICLE_CHARS ? this.tracker.position(start) : undefined);
        this.item = undefined;
        if (tooLong) {
          this.errors.push({ id: `item ${this.index + 1}`, line: tooLong.line, column: tooLong.column, message: tooLongMessage(this.at + tagEnd + 1 - start, 'item') });
          this.index++;
        } else this.emit(items, start - this.at, tagEnd + 1);
      }
      this.cursor = tagEnd + 1;
    }
    return items;
  }

  private emit(items: RawItem[], start: number, end: number): void {
    items.push({ text: this.buffer.slice(start, end), origin: this.tracker.position(this.at + start), index: this.index++ });
  }
}
