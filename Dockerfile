# safe-steps: the guide server, its widget bundle and demo page.
# Build: docker build -t safe-steps .   Run: docker run -p 3000:3000 safe-steps

# --- build: compile the TypeScript server and bundle the widget -----------------------------
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY flows ./flows
COPY widget ./widget
COPY scripts ./scripts
RUN npm run build

# --- run: production dependencies only, as an unprivileged user -----------------------------
FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY server/public ./server/public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same entry and flags as `npm start` (which builds first, then runs this); kept in step by
# tests/ops/start-command.test.ts. The larger young generation: see docs/deploy.md.
CMD ["node", "--max-semi-space-size=32", "dist/server/main.js"]
