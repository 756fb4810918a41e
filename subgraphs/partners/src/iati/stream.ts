/**
 * Reads an IATI activity file as a stream with saxes: text arrives chunk by
 * chunk, each `<iati-activity>` is built as a small tree, read, and handed
 * on; nothing else of the file is held. A file that is not XML, whose root is
 * not `<iati-activities>`, or whose version is not 2.01-2.03 fails before any
 * activity is read, so it imports nothing.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { IatiFileError, SUPPORTED_VERSIONS, type IatiVersion, type ReadActivity } from './model.js';
import { readActivity } from './read-activity.js';
import type { XmlNode } from './xml-node.js';

export interface IatiFileHeader {
  version: IatiVersion;
}

/** Without namespace processing (the parser's default here) saxes gives attributes as plain strings. */
function plainAttributes(tag: SaxesTagPlain): Record<string, string> {
  return tag.attributes;
}

/**
 * The children of `<iati-activity>` the reader uses (read-activity.ts). The
 * others (results, documents, contacts...: most of a published file's bytes)
 * are parsed but no tree is built for them.
 */
export const READ_CHILDREN: ReadonlySet<string> = new Set([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'budget',
  'transaction',
]);

const isSupported = (version: string): version is IatiVersion =>
  (SUPPORTED_VERSIONS as readonly string[]).includes(version);

/**
 * Yields each activity of the file, in file order, after the header callback
 * has seen the file's version. Throws IatiFileError for a file-level problem.
 */
// eslint-disable-next-line max-lines-per-function -- the SAX handlers share the stream's state (depth, current activity, header seen), so they stay in one closure
export async function* readIatiActivities(
  chunks: AsyncIterable<string>,
  onHeader: (header: IatiFileHeader) => void = () => undefined,
  /** Build the tree of every element, read or not (the importer's baseline for benchmarks). */
  options: { everyElement?: boolean } = {},
): AsyncGenerator<ReadActivity> {
  const parser = new SaxesParser();
  let rootSeen = false;
  let fileVersion: IatiVersion = '2.03';
  let depth = 0;
  // The open elements of the current activity, outermost first; empty outside one.
  const stack: XmlNode[] = [];
  let activityLine = 0;
  const ready: ReadActivity[] = [];
  // The depth of an unread child of the activity being passed over; 0 when none.
  let skipping = 0;

  parser.on('opentag', (tag) => {
    depth += 1;
    if (!rootSeen) {
      rootSeen = true;
      if (tag.name === 'iati-organisations')
        throw new IatiFileError(
          'NOT_IATI',
          'this is an IATI organisation file (<iati-organisations>), not an activity file',
        );
      if (tag.name !== 'iati-activities')
        throw new IatiFileError(
          'NOT_IATI',
          `the root element is <${tag.name}>, not <iati-activities>: this is not an IATI activity file`,
        );
      const version = plainAttributes(tag).version?.trim();
      if (!version)
        throw new IatiFileError(
          'UNSUPPORTED_VERSION',
          '<iati-activities> has no @version: IATI files name their version (2.01, 2.02 or 2.03)',
        );
      if (!isSupported(version)) {
        throw new IatiFileError(
          'UNSUPPORTED_VERSION',
          `IATI version ${version} is not supported: this importer reads ${SUPPORTED_VERSIONS.join(', ')}`,
        );
      }
      fileVersion = version;
      onHeader({ version });
      return;
    }
    if (skipping) return;
    if (stack.length === 0 && !(depth === 2 && tag.name === 'iati-activity')) return;
    if (stack.length === 1 && !options.everyElement && !READ_CHILDREN.has(tag.name)) {
      skipping = depth;
      return;
    }
    const node: XmlNode = { name: tag.name, attrs: plainAttributes(tag), text: '', children: [] };
    if (stack.length === 0) activityLine = parser.line;
    else stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    if (skipping) return;
    const open = stack.at(-1);
    if (open) open.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth -= 1;
    if (skipping) {
      if (depth < skipping) skipping = 0;
      return;
    }
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0) ready.push(readActivity(node, activityLine, fileVersion));
  });

  // Whether anything but white space arrived: an empty file is reported as empty, not as broken XML.
  let content = false;
  const fail = (error: unknown): never => {
    if (error instanceof IatiFileError) throw error;
    if (!content)
      throw new IatiFileError('NOT_IATI', 'the file is empty: expected an IATI activity file (<iati-activities>)');
    const message = (error as Error).message;
    throw rootSeen
      ? new IatiFileError('MALFORMED_XML', `the XML breaks off or is malformed (${message})`, parser.line)
      : new IatiFileError('NOT_XML', `not an XML file (${message})`);
  };

  for await (const chunk of chunks) {
    content ||= chunk.trim().length > 0;
    try {
      parser.write(chunk);
    } catch (error) {
      fail(error);
    }
    while (ready.length) yield ready.shift()!;
  }
  try {
    parser.close();
  } catch (error) {
    fail(error);
  }
  while (ready.length) yield ready.shift()!;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set in the parser's callback, which TypeScript cannot see
  if (!rootSeen)
    throw new IatiFileError('NOT_IATI', 'the file is empty: expected an IATI activity file (<iati-activities>)');
}
