/** Server-rendered SVG charts (role="img" with <title>) and the tables that carry their numbers. */
export { type Bar, BarChart } from './bar-chart.tsx';
export { chartPalette, finite, type NumberFormat, statusColours } from './common.tsx';
export { ChartTable } from './data-table.tsx';
export { LineChart, type LineSeries } from './line-chart.tsx';
export { StackedBarChart, type StackRow, type StackSeries } from './stacked-bar-chart.tsx';
