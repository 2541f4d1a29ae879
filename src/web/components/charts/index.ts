/** Server-rendered SVG charts (role="img" with <title>) and the tables that carry their numbers. */
export { type Bar, BarChart } from './bar-chart.tsx';
export { ChartBlock } from './chart-block.tsx';
export { finite, type NumberFormat, present } from './common.tsx';
export { ChartTable, type TableCell } from './data-table.tsx';
export { ChartLegend, type LegendItem } from './legend.tsx';
export { LineChart, type LineSeries } from './line-chart.tsx';
export {
  goalStatusStyle,
  goalStatusStyles,
  okabeIto,
  type SeriesStyle,
  seriesStyles,
  stageStyle,
  stageStyles,
} from './palette.ts';
export { StackedBarChart, type StackRow, type StackSeries } from './stacked-bar-chart.tsx';
export {
  type AxisTick,
  contiguousYears,
  dateAxis,
  fractionalYear,
  type Point,
  yearAxis,
  yearPoints,
} from './time-axis.ts';
