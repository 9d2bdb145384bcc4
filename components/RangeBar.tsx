import type { Entry } from '../lib/dataset/types.ts';
import { colourVar } from '../lib/ui/card-colours.ts';
import { describeFigures, figureMarks, markStyle, type FigureMark, type MarkGroup } from '../lib/ui/figure-marks.ts';
import { LABEL_SIZE } from '../lib/ui/label-packing.ts';
import { layoutRangeBar, type RangeBarLayout } from '../lib/ui/range-bar.ts';

/** A statistic's figures and their layout on the bar; null for entries with no figure to place. */
export interface Bar {
  figures: FigureMark[];
  layout: RangeBarLayout;
}

/** The bar for an entry, or null when it has no figure with a value. */
export function barFor(entry: Entry): Bar | null {
  const figures = figureMarks(entry);
  const layout = layoutRangeBar(figures);
  return layout ? { figures, layout } : null;
}

/** One marker, centred on (x, y), in its group's shape and colour. */
function Marker({ group, x, y, size = 5 }: { group: MarkGroup; x: number; y: number; size?: number }) {
  const { shape, colour } = markStyle(group);
  const style = { fill: colourVar(colour) };
  const s = size;
  if (shape === 'circle') return <circle cx={x} cy={y} r={s * 0.9} style={style} />;
  if (shape === 'square') return <rect x={x - s * 0.8} y={y - s * 0.8} width={s * 1.6} height={s * 1.6} style={style} />;
  const points =
    shape === 'claim' ? [[x - s, y - s], [x + s, y - s], [x, y + s]]
    : shape === 'triangle' ? [[x - s, y + s * 0.8], [x + s, y + s * 0.8], [x, y - s]]
    : [[x, y - s * 1.1], [x + s * 1.1, y], [x, y + s * 1.1], [x - s * 1.1, y]];
  return <polygon points={points.map((p) => p.join(',')).join(' ')} style={style} />;
}

/**
 * A statistic's figures on one axis: the op-ed's own above it, every other monitor's figure or range
 * on it, each marked by whose perspective it carries; read out as one text listing every figure.
 */
export function RangeBar({ bar: { figures, layout } }: { bar: Bar }) {
  const text = { fill: colourVar('text'), fontSize: `${LABEL_SIZE}px` };
  return (
    <svg class="range-bar" role="img" aria-label={describeFigures(figures, layout.scale)} viewBox={`0 0 ${layout.width} ${layout.height}`}>
      <line x1={layout.axis.x1} x2={layout.axis.x2} y1={layout.axis.y} y2={layout.axis.y} style={{ stroke: colourVar('axis'), strokeWidth: 1 }} />
      {layout.marks.map((m) => (
        <g key={`${m.who}-${m.wording}`}>
          {m.x2 > m.x1 ? (
            <line x1={m.x1} x2={m.x2} y1={m.y} y2={m.y} style={{ stroke: colourVar(markStyle(m.group).colour), strokeWidth: 3, strokeLinecap: 'round' }} />
          ) : null}
          <Marker group={m.group} x={m.x1} y={m.y} />
          {m.x2 > m.x1 ? <Marker group={m.group} x={m.x2} y={m.y} /> : null}
          {m.label.glyph ? <Marker group={m.group} x={m.label.x + 5} y={m.label.baseline - 4} size={4} /> : null}
          <text x={m.label.x + m.label.glyph} y={m.label.baseline} style={{ ...text, fontWeight: m.label.bold ? 700 : 400 }}>
            {m.label.text}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The key to the bar's markers and how to read its axis; the bar's own text already names every source. */
export function BarLegend({ bar: { layout } }: { bar: Bar }) {
  return (
    <span class="legend" aria-hidden="true">
      {layout.legend.map((group) => (
        <span key={group} class="legend-item">
          <svg width="10" height="10" viewBox="0 0 10 10">
            <Marker group={group} x={5} y={5} size={4} />
          </svg>
          {markStyle(group).name}
        </span>
      ))}
      <span class="legend-item">{layout.scaleNote}</span>
    </span>
  );
}
