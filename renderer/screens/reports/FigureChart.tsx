import { Bar, BarChart, LabelList, Legend, Text, Tooltip, XAxis, YAxis } from 'recharts';

/** GOV.UK colours: blue, then green, for a second series. */
const colours = ['#1d70b8', '#00703c'] as const;
// Recharts measures the words to wrap them a little narrower than they draw.
const labelWidth = 130;

/** A category's name, wrapped onto as many lines as it needs beside its bar. */
function CategoryTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  return (
    <Text
      x={x}
      y={y}
      width={labelWidth}
      textAnchor="end"
      verticalAnchor="middle"
      fill="#0b0c0c"
      className="recharts-text"
    >
      {payload?.value ?? ''}
    </Text>
  );
}

export interface ChartSeries {
  key: string;
  name: string;
}

/**
 * A figure as horizontal bars, one row a category. Recharts' accessibility
 * layer lets a keyboard move along the bars; the table beside it carries the
 * same numbers for anyone who cannot see the chart.
 */
export function FigureChart({
  title,
  rows,
  series,
  unit = '',
  domainMax,
}: {
  title: string;
  rows: readonly Record<string, string | number>[];
  series: readonly ChartSeries[];
  unit?: string;
  domainMax?: number;
}) {
  const height = 48 + rows.length * (series.length * 24 + 20) + (series.length > 1 ? 32 : 0);
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
      title={title}
      desc={`Bar chart of ${title.toLowerCase()}; the table beside it gives the numbers.`}
    >
      <XAxis
        type="number"
        domain={[0, domainMax ?? 'auto']}
        allowDecimals={false}
        unit={unit}
        tick={{ fill: '#0b0c0c' }}
      />
      <YAxis type="category" dataKey="label" width={labelWidth + 40} tick={<CategoryTick />} />
      <Tooltip formatter={(value) => `${String(value)}${unit}`} />
      {series.length > 1 && (
        // Each name in the text colour: Recharts would colour it as its bar.
        <Legend
          itemSorter={null}
          formatter={(name) => <span className="app-chart-legend">{name}</span>}
        />
      )}
      {series.map((one, index) => (
        <Bar
          key={one.key}
          dataKey={one.key}
          name={one.name}
          fill={colours[index % colours.length]}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={one.key}
            position="right"
            fill="#0b0c0c"
            formatter={(value) => `${String(value)}${unit}`}
          />
        </Bar>
      ))}
    </BarChart>
  );
}
