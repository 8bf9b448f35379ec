// One node of the canvas, drawn like the printed card: the START pill, step
// boxes, bulleted prompts, the assessment with its criteria, scenario headings
// in their severity's colour, the wide end band, note and TIP annotations.
// Sizes and line breaks come from layoutNode, so the studio shows exactly the
// lines the viewer and the print show. Memoised on its data and selection: a
// node re-renders only when its card node, problem, language or selection
// changes, not when React Flow moves it (a drag changes only its wrapper's
// transform).
import { memo, type CSSProperties } from 'react';
import type { NodeProps } from '@xyflow/react';
import {
  BULLET_INDENT_PX,
  FONT_SIZE,
  LINE_HEIGHT,
  PADDING,
  TITLE_LINE_HEIGHT,
  TITLE_SIZE,
} from '../../schema/layout/measure';
import { translate } from '../i18n/i18n';
import { canvasTexts } from './canvas-texts';
import { useFar } from './far-view';
import type { CanvasNode } from './flow-elements';
import { NodeHandles } from './NodeHandles';
import { nodeColours, radius } from './node-theme';

function NodeViewImpl({ id, data, selected }: NodeProps<CanvasNode>) {
  const { node, layout, problem, lang } = data;
  const far = useFar();
  const colours = nodeColours(node.kind, node.severity);
  const centred = node.kind === 'start' || node.kind === 'end';
  const style: CSSProperties = {
    width: layout.width,
    height: layout.height,
    padding: PADDING,
    background: colours.fill,
    color: colours.text,
    borderColor: colours.stroke,
    borderRadius: radius(node.kind),
    textAlign: centred ? 'center' : 'left',
  };
  const box = (
    <div
      className={[
        'card-node',
        `card-node-${node.kind}`,
        selected ? 'is-selected' : '',
        problem ? `has-${problem}` : '',
      ].join(' ')}
      style={style}
      data-kind={node.kind}
      data-severity={node.severity}
    >
      {node.kind === 'scenario' && (
        <span className="card-node-stripe" style={{ background: colours.stroke }} />
      )}
      {far && <span className="card-node-far" style={{ top: PADDING, bottom: PADDING }} />}
      {!far && node.kind === 'scenario' && node.severity && (
        <span className="card-node-badge" style={{ borderColor: colours.stroke }}>
          {translate(canvasTexts.severity, lang, { n: node.severity })}
        </span>
      )}
      {!far &&
        layout.blocks.map((block, b) => (
          <div
            key={b}
            className={`card-node-block card-node-${block.style}`}
            style={{
              marginTop: b ? 3 : 0,
              fontSize: block.style === 'title' ? TITLE_SIZE : FONT_SIZE,
              lineHeight: `${block.style === 'title' ? TITLE_LINE_HEIGHT : LINE_HEIGHT}px`,
              paddingLeft: block.style === 'item' ? BULLET_INDENT_PX : 0,
            }}
          >
            {block.style === 'item' && (
              <span className="card-node-bullet" aria-hidden="true">
                •
              </span>
            )}
            {block.lines.map((line, i) => (
              <div key={i} className="card-node-line">
                {line}
                {/* The space the line break took: not drawn, but read and copied. */}
                {i < block.lines.length - 1 && <span className="card-node-gap"> </span>}
              </div>
            ))}
          </div>
        ))}
    </div>
  );
  // Beside the box, not in it: placed in React Flow's node (no border), the handles sit where
  // flow-elements.ts declares them. Inside the box its border moved them in by 1.2 or 2 px, so
  // React Flow's measuring once the nodes were drawn moved every arrow's ends and drew every
  // arrow again (1,143 arrow renders for 541 arrows on opening the 1,000-node card).
  return (
    <>
      {box}
      {!far && <NodeHandles nodeId={id} />}
    </>
  );
}

export const FlowNodeView = memo(
  NodeViewImpl,
  (a, b) => a.data === b.data && a.selected === b.selected,
);
