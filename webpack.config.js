// Builds the taskpane into dist/addin. esbuild-loader transpiles TS/TSX (type-checking is `npm run
// lint`'s job), so production builds stay fast. Targets current Outlook hosts (Edge WebView2, Safari
// WebKit on Mac, evergreen browsers): no IE11 polyfills.
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));

export default (_env, argv) => ({
  mode: argv.mode ?? "production",
  entry: { taskpane: path.join(root, "addin/src/index.tsx") },
  output: {
    path: path.join(root, "dist/addin"),
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
    clean: true,
  },
  devtool: argv.mode === "development" ? "eval-source-map" : "source-map",
  resolve: {
    extensions: [".tsx", ".ts", ".js"],
    // Sources import "./x.js" (Node ESM style); resolve those to the .ts/.tsx files.
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
  },
  module: {
    rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: path.join(root, "addin/taskpane.html"), filename: "taskpane.html", scriptLoading: "defer" }),
    new CopyWebpackPlugin({ patterns: [{ from: path.join(root, "addin/assets"), to: "assets" }] }),
  ],
  performance: { hints: false }, // measured by bench/bundle-size.ts instead
});
