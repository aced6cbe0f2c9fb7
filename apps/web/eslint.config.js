import config from "@closebook/eslint-config";

export default [...config, { ignores: [".next/**", "next-env.d.ts"] }];
