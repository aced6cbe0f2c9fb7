import config from "@closebook/eslint-config";

export default config;
