// Builds the taskpane into dist/addin. esbuild-loader transpiles TS/TSX (type-checking is `npm run
// lint`'s job), so production builds stay fast. Targets current Outlook hosts (Edge WebView2, Safari
// WebKit on Mac, evergreen browsers): no IE11 polyfills.
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CompressionPlugin from "compression-webpack-plugin";
import zlib from "node:zlib";
import webpack from "webpack";

const root = path.dirname(fileURLToPath(import.meta.url));

export default (_env, argv) => ({
  mode: argv.mode ?? "production",
  entry: {
    taskpane: path.join(root, "addin/src/index.tsx"),
    // Sign-in pages: the Office dialog's page, and the standalone pop-up's landing page.
    signinDialog: path.join(root, "addin/src/signInDialog.ts"),
    signinRedirect: path.join(root, "addin/src/signInRedirect.ts"),
  },
  output: {
    path: path.join(root, "dist/addin"),
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
    clean: true,
  },
  // Production maps are written next to the bundles for us, without a link in them, and never served.
  devtool: argv.mode === "development" ? "eval-source-map" : "hidden-source-map",
  resolve: {
    extensions: [".tsx", ".ts", ".js"],
    // Sources import "./x.js" (Node ESM style); resolve those to the .ts/.tsx files.
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    // The path alias of tsconfig.json: types shared with the service.
    alias: {
      "@contracts": path.join(root, "contracts"),
      // The .pst import worker: pst-extractor's Node modules, served by small browser stand-ins.
      fs$: path.join(root, "addin/src/pstImport/worker/fileReaderFs.ts"),
      zlib$: path.join(root, "addin/src/pstImport/worker/zlibShim.ts"),
      "iconv-lite$": path.join(root, "addin/src/pstImport/worker/iconvShim.ts"),
    },
    fallback: { buffer: path.join(root, "node_modules/buffer/index.js") },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "esbuild-loader",
        options: { target: "es2020", jsx: "automatic" },
      },
    ],
  },
  plugins: [
    // pst-extractor uses Node's Buffer as a global: one polyfill, shared (its instanceof checks need one).
    new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
    new HtmlWebpackPlugin({
      template: path.join(root, "addin/taskpane.html"),
      filename: "taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
    new HtmlWebpackPlugin({
      template: path.join(root, "addin/signin.html"),
      filename: "signin-dialog.html",
      chunks: ["signinDialog"],
      scriptLoading: "defer",
    }),
    new HtmlWebpackPlugin({
      template: path.join(root, "addin/signin.html"),
      filename: "signin-redirect.html",
      chunks: ["signinRedirect"],
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({ patterns: [{ from: path.join(root, "addin/assets"), to: "assets" }] }),
    // Pre-compressed copies, sent by the server when the browser accepts them (no work per request).
    ...[
      { algorithm: "gzip", filename: "[path][base].gz", compressionOptions: { level: 9 } },
      {
        algorithm: "brotliCompress",
        filename: "[path][base].br",
        compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
      },
    ].map(
      (options) =>
        new CompressionPlugin({ ...options, test: /\.(js|html|css|svg|json)$/, threshold: 1024 })
    ),
  ],
  performance: { hints: false }, // measured by bench/bundle-size.ts instead
});
