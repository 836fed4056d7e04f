-- End-to-end check of the Scenecost language server in a real Neovim (0.7+, headless).
-- Opens the example screenplay, starts the server from the packaged jar with
-- vim.lsp.start_client (Debian's 0.7.2 has no vim.lsp.start), waits for diagnostics, asks for
-- code lenses and a hover on the first scene heading, and exits 0 when all came back, 1 if not.
--
-- Run by `mvn verify -Pe2e` (server/pom.xml); by hand:
--   SCENECOST_JAR=server/target/scenecost.jar SCENECOST_EXAMPLE=examples/the-last-reel.fountain \
--     nvim --headless -u NONE -c "luafile server/src/test/e2e/nvim/lsp_e2e.lua"

local jar = os.getenv('SCENECOST_JAR')
local example = os.getenv('SCENECOST_EXAMPLE')
local timeout_ms = 60000

local function finish(ok, message)
  io.stderr:write((ok and 'PASS ' or 'FAIL ') .. message .. '\n')
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

local function check(condition, message)
  if not condition then
    finish(false, message)
    error(message)
  end
end

check(jar and vim.fn.filereadable(jar) == 1, 'set SCENECOST_JAR to the packaged scenecost.jar')
check(example and vim.fn.filereadable(example) == 1, 'set SCENECOST_EXAMPLE to a .fountain file')

vim.cmd('edit ' .. vim.fn.fnameescape(example))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'fountain'

local diagnostics
local client_id = vim.lsp.start_client({
  name = 'scenecost',
  cmd = { 'java', '-jar', jar },
  root_dir = vim.fn.fnamemodify(example, ':p:h'),
  init_options = { scenecost = { display = 'codeLens' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == vim.uri_from_bufnr(bufnr) then
        diagnostics = result.diagnostics
      end
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
check(client_id ~= nil, 'the server did not start')
vim.lsp.buf_attach_client(bufnr, client_id)

check(vim.wait(timeout_ms, function() return diagnostics ~= nil end, 50),
  'no diagnostics within ' .. timeout_ms .. ' ms')
local client = vim.lsp.get_client_by_id(client_id)

local function request(method, params)
  local response
  client.request(method, params, function(err, result)
    response = { err = err, result = result }
  end, bufnr)
  check(vim.wait(timeout_ms, function() return response ~= nil end, 50), method .. ' timed out')
  check(response.err == nil, method .. ' failed: ' .. vim.inspect(response.err))
  return response.result
end

local document = { uri = vim.uri_from_bufnr(bufnr) }
local lenses = request('textDocument/codeLens', { textDocument = document })
check(type(lenses) == 'table' and #lenses > 1, 'expected code lenses, got ' .. vim.inspect(lenses))
check(lenses[1].command.title:find('^Film ≈') ~= nil, 'first lens is not the film total: ' .. lenses[1].command.title)
check(lenses[2].command.title:find('%$') ~= nil, 'scene lens has no cost: ' .. lenses[2].command.title)

local heading = lenses[2].range.start
local hover = request('textDocument/hover', {
  textDocument = document,
  position = { line = heading.line, character = heading.character + 2 },
})
check(hover and hover.contents and hover.contents.value:find('%*%*Scene') ~= nil,
  'hover on the first heading has no scene breakdown: ' .. vim.inspect(hover))

finish(true, string.format('%d diagnostics, %d lenses (%s), hover of %d characters',
  #diagnostics, #lenses, lenses[2].command.title, #hover.contents.value))
