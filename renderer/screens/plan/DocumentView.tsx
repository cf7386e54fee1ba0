import type { Block, DocumentModel, Run } from '../../../core/document';

function Runs({ runs }: { runs: readonly Run[] }) {
  return runs.map((run, index) => {
    const text = run.italic ? <em>{run.text}</em> : run.text;
    return run.bold ? <strong key={index}>{text}</strong> : <span key={index}>{text}</span>;
  });
}

function View({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      // The document's title is the box's h2, so its headings start at h3.
      const Heading = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
      const size = ['govuk-heading-m', 'govuk-heading-s', 'govuk-body govuk-!-font-weight-bold'];
      return <Heading className={size[block.level - 1]}>{block.text}</Heading>;
    }
    case 'paragraph':
      return (
        <p className="govuk-body">
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`govuk-list govuk-list--${block.ordered ? 'number' : 'bullet'}`}>
          {block.items.map((item, index) => (
            <li key={index} style={{ marginLeft: `${item.level * 20}px` }}>
              <Runs runs={item.runs} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{block.caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {block.header.map((cell) => (
                <th scope="col" className="govuk-table__header" key={cell}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {block.rows.map((row, index) => (
              <tr className="govuk-table__row" key={index}>
                {row.map((cell, column) => (
                  <td className="govuk-table__cell app-pre-line" key={column}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** A document as the .docx will show it, from the same blocks. */
export function DocumentView({ model }: { model: DocumentModel }) {
  return (
    <article className="app-document" aria-labelledby="document-title">
      <h2 className="govuk-heading-l" id="document-title">
        {model.title}
      </h2>
      {model.blocks.map((block, index) => (
        <View block={block} key={index} />
      ))}
    </article>
  );
}
