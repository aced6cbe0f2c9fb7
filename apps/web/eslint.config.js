import config from "@closebook/eslint-config";

export default [
  ...config,
  { ignores: [".next/**", "next-env.d.ts"] },
  {
    // Shared code is imported through the `@/` alias (tsconfig `paths`), never by climbing folders.
    files: ["src/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "e2e/**/*.ts", "*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../../*", "../../**"],
              message: "Import through the @/ alias (src/*) instead of a deep relative path.",
            },
          ],
        },
      ],
    },
  },
];
