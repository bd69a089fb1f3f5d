// Bar charts as PNG for the bot to send as photos: Apache ECharts renders SVG on the server, resvg turns it
// into PNG with DejaVu Sans (Cyrillic), so nothing native is built and no browser runs (STACK.md "Charts").
// Pure data in, bytes out: /status uses it, and any feature that wants a picture of counts can.
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
}

export interface BarChartSpec {
  title: string;
  /** one label per bar (group), e.g. school short names */
  categories: string[];
  series: BarSeries[];
  /** bars left to right along the categories (long labels read better horizontally) */
  horizontal?: boolean;
  /** series stacked into one bar per category */
  stacked?: boolean;
  width?: number;
  height?: number;
}

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = [path.join(FONT_DIR, "DejaVuSans.ttf"), path.join(FONT_DIR, "DejaVuSans-Bold.ttf")];
const FONT = "DejaVu Sans";
const PALETTE = ["#d9534f", "#f0ad4e", "#5b8def", "#5cb85c", "#8e6cc0"];
const MAX_LABEL = 28;

/** The chart as an SVG string (tests and other renderers can look at it). */
export function renderBarChartSvg(spec: BarChartSpec): string {
  const width = spec.width ?? 900;
  const height = spec.height ?? (spec.horizontal ? Math.max(320, 90 + spec.categories.length * 28) : 500);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    // Without dispose a timer keeps the process alive.
    chart.dispose();
  }
}

export function renderBarChartPng(spec: BarChartSpec): Buffer {
  const svg = renderBarChartSvg(spec);
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    background: "#ffffff",
  }).render();
  return png.asPng();
}

function chartOption(spec: BarChartSpec): echarts.EChartsCoreOption {
  const labels = spec.categories.map((c) => (c.length > MAX_LABEL ? `${c.slice(0, MAX_LABEL - 1)}…` : c));
  const categoryAxis = { type: "category", data: labels, inverse: Boolean(spec.horizontal), axisLabel: { fontSize: 13, interval: 0 } };
  const valueAxis = { type: "value", minInterval: 1, axisLabel: { fontSize: 12 } };
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    color: PALETTE,
    title: { text: spec.title, left: 12, top: 8, textStyle: { fontSize: 17, fontFamily: FONT } },
    legend: spec.series.length > 1 ? { bottom: 8, left: "center", textStyle: { fontSize: 13 } } : undefined,
    grid: { left: 16, right: 36, top: 52, bottom: spec.series.length > 1 ? 44 : 16, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      type: "bar",
      name: s.name,
      data: s.values,
      stack: spec.stacked ? "total" : undefined,
      itemStyle: s.color ? { color: s.color } : undefined,
      label: { show: !spec.stacked, position: spec.horizontal ? "right" : "top", fontSize: 12 },
      barMaxWidth: 36,
    })),
  };
}
