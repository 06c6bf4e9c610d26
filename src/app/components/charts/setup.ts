// Registers only the Chart.js parts the dashboard draws (bars, lines, two scales, legend, tooltip), so the rest is tree-shaken.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Arabic", sans-serif';
Chart.defaults.color = '#46505a';

/** Chart colours; the same values as the CSS custom properties in styles.css. */
export const PALETTE = {
  good: '#1b6e3a',
  bad: '#b3261e',
  excluded: '#6a4fb0',
  nodata: '#9aa3ab',
  nodataShade: 'rgba(154, 163, 171, 0.28)',
  target: '#1d2329',
  accent: '#1f5fbf',
  muted: '#5b6670',
  grid: '#e3e7eb',
} as const;

export { Chart };
